package dev.todo.application.port.out;

import dev.todo.domain.DomainException;
import dev.todo.domain.task.TaskId;

/** A write raced with another: the stored task no longer has the version the writer read, or is gone. */
public final class StaleTaskException extends DomainException {
    private final TaskId taskId;

    public StaleTaskException(TaskId taskId) {
        super("task " + taskId + " changed since it was read");
        this.taskId = taskId;
    }

    public TaskId taskId() {
        return taskId;
    }
}

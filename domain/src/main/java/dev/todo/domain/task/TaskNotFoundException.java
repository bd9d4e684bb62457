package dev.todo.domain.task;

import dev.todo.domain.DomainException;

/** No task with this id belongs to the acting user (whether it does not exist or is someone else's). */
public final class TaskNotFoundException extends DomainException {
    private final TaskId taskId;

    public TaskNotFoundException(TaskId taskId) {
        super("task " + taskId + " not found");
        this.taskId = taskId;
    }

    public TaskId taskId() {
        return taskId;
    }
}

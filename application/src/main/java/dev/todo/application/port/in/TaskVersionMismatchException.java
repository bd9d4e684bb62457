package dev.todo.application.port.in;

import dev.todo.domain.DomainException;
import dev.todo.domain.task.TaskId;

/** A conditional change named a version the task no longer has. */
public final class TaskVersionMismatchException extends DomainException {
    private final TaskId taskId;
    private final long expected;
    private final long actual;

    public TaskVersionMismatchException(TaskId taskId, long expected, long actual) {
        super("task " + taskId + " is at version " + actual + ", not " + expected);
        this.taskId = taskId;
        this.expected = expected;
        this.actual = actual;
    }

    public TaskId taskId() {
        return taskId;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}

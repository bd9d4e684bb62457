package dev.todo.application.port.in;

import dev.todo.domain.DomainException;
import dev.todo.domain.task.TaskId;
import java.util.Set;

/** A conditional change named only versions the task no longer has. */
public final class TaskVersionMismatchException extends DomainException {
    private final TaskId taskId;
    private final Set<Long> expected;
    private final long actual;

    public TaskVersionMismatchException(TaskId taskId, Set<Long> expected, long actual) {
        super("task " + taskId + " is at version " + actual + ", not one of " + expected);
        this.taskId = taskId;
        this.expected = Set.copyOf(expected);
        this.actual = actual;
    }

    public TaskId taskId() {
        return taskId;
    }

    /** The versions the change accepted. */
    public Set<Long> expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.DomainException;
import dev.todo.domain.task.TaskId;

/** A task kept changing under an unconditional update; the caller may retry. */
public final class TaskUpdateConflictException extends DomainException {
    public TaskUpdateConflictException(TaskId taskId) {
        super("task " + taskId + " was changed concurrently; try again");
    }
}

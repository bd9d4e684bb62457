package dev.todo.application.port.in;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Change a task's completion: set it to {@code completed} when given, otherwise toggle it; only if the
 * task has one of the expected versions.
 */
public record CompleteTaskCommand(UserId actor, TaskId taskId, Optional<Boolean> completed, ExpectedVersions expected) {
    public CompleteTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(expected, "expected");
    }

    /** Flip the task's completion whatever its version. */
    public static CompleteTaskCommand toggle(UserId actor, TaskId taskId) {
        return new CompleteTaskCommand(actor, taskId, Optional.empty(), ExpectedVersions.ANY);
    }

    /** Set the task's completion to {@code completed} (a no-op if it already is) whatever its version. */
    public static CompleteTaskCommand set(UserId actor, TaskId taskId, boolean completed) {
        return new CompleteTaskCommand(actor, taskId, Optional.of(completed), ExpectedVersions.ANY);
    }
}

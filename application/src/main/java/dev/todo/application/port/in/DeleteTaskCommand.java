package dev.todo.application.port.in;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Objects;
import java.util.OptionalLong;

/** Delete one task, optionally only if it still has the expected version. */
public record DeleteTaskCommand(UserId actor, TaskId taskId, OptionalLong expectedVersion) {
    public DeleteTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    /** Delete the task whatever its version. */
    public static DeleteTaskCommand of(UserId actor, TaskId taskId) {
        return new DeleteTaskCommand(actor, taskId, OptionalLong.empty());
    }

    /** Delete the task only if it is still at {@code version}. */
    public static DeleteTaskCommand ifVersion(UserId actor, TaskId taskId, long version) {
        return new DeleteTaskCommand(actor, taskId, OptionalLong.of(version));
    }
}

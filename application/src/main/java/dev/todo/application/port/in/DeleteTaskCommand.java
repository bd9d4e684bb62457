package dev.todo.application.port.in;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Objects;

/** Delete one task, only if it has one of the expected versions. */
public record DeleteTaskCommand(UserId actor, TaskId taskId, ExpectedVersions expected) {
    public DeleteTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(expected, "expected");
    }

    /** Delete the task whatever its version. */
    public static DeleteTaskCommand of(UserId actor, TaskId taskId) {
        return new DeleteTaskCommand(actor, taskId, ExpectedVersions.ANY);
    }

    /** Delete the task only if it is still at {@code version}. */
    public static DeleteTaskCommand ifVersion(UserId actor, TaskId taskId, long version) {
        return new DeleteTaskCommand(actor, taskId, ExpectedVersions.of(version));
    }
}

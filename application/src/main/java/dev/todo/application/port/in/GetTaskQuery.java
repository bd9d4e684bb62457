package dev.todo.application.port.in;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Objects;

/** Read one task of the acting user. */
public record GetTaskQuery(UserId actor, TaskId taskId) {
    public GetTaskQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
    }

    public static GetTaskQuery of(UserId actor, TaskId taskId) {
        return new GetTaskQuery(actor, taskId);
    }
}

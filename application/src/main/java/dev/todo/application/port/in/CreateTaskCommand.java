package dev.todo.application.port.in;

import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.util.Objects;

/** Add a task with these details for the acting user. */
public record CreateTaskCommand(UserId actor, TaskDetails details) {
    public CreateTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
    }

    public static CreateTaskCommand of(UserId actor, TaskDetails details) {
        return new CreateTaskCommand(actor, details);
    }
}

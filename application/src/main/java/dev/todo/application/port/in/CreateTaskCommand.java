package dev.todo.application.port.in;

import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.util.Objects;

/** Add a task with these details for the acting user, pending or already completed. */
public record CreateTaskCommand(UserId actor, TaskDetails details, boolean completed) {
    public CreateTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
    }

    /** Add a pending task. */
    public CreateTaskCommand(UserId actor, TaskDetails details) {
        this(actor, details, false);
    }

    /** Add a pending task. */
    public static CreateTaskCommand of(UserId actor, TaskDetails details) {
        return new CreateTaskCommand(actor, details);
    }
}

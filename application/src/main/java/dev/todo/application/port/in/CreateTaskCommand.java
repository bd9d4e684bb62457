package dev.todo.application.port.in;

import dev.todo.domain.Sha256;
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

    /**
     * SHA-256 of what the task will hold (title, description, priority, due time, tags, completion, reminder), each
     * field length-prefixed: two commands have the same fingerprint exactly when they ask for the same task.
     */
    public byte[] fingerprint() {
        var canonical = new StringBuilder();
        for (String field : new String[] {
            details.title().value(),
            details.description().map(d -> d.value()).orElse("\u0000"),
            details.priority().map(Enum::name).orElse("\u0000"),
            details.dueAt().map(Object::toString).orElse("\u0000"),
            String.join("\u0000", details.tags().codes()),
            Boolean.toString(completed)
        }) {
            canonical.append(field.length()).append(':').append(field);
        }
        // a later field, appended only when set, so that a body without it keeps its earlier fingerprint
        details.remindAt().ifPresent(at -> canonical.append("remind_at:").append(at));
        details.recurrence().ifPresent(rule -> canonical.append("recurrence:").append(rule));
        if (!details.timeZone().equals(TaskDetails.DEFAULT_ZONE)) {
            canonical.append("time_zone:").append(details.timeZone().getId());
        }
        return Sha256.of(canonical.toString());
    }

    /** Add a pending task. */
    public static CreateTaskCommand of(UserId actor, TaskDetails details) {
        return new CreateTaskCommand(actor, details);
    }
}

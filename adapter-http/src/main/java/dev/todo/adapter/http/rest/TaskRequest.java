package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.domain.FieldViolation;
import dev.todo.domain.Violations;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of POST and PUT on tasks: every editable field, and {@code completed} (the original data model
 * sends it). Absent optional fields are empty (PUT replaces them all); an absent {@code completed} means
 * pending on POST and unchanged on PUT. Server-owned and unknown fields are refused with 422, never
 * silently dropped, so a client that believes it set {@code completed_at} or {@code id} learns that it did not.
 */
public record TaskRequest(
        String title,
        String description,
        String priority,
        Instant dueAt,
        List<String> tags,
        Optional<Boolean> completed,
        List<FieldViolation> rejected) {
    static final Set<String> WRITABLE = Set.of("title", "description", "priority", "due_at", "tags", "completed");
    static final Set<String> SERVER_OWNED =
            Set.of("id", "user_id", "completed_at", "created_at", "updated_at", "version");

    /**
     * Reads the fields and their JSON types.
     *
     * @throws BadRequestException if a field has the wrong JSON type
     */
    static TaskRequest parse(ObjectNode body) {
        var fields = JsonFields.strict(body, WRITABLE, SERVER_OWNED);
        var request = new TaskRequest(
                fields.text("title"),
                fields.text("description"),
                fields.text("priority"),
                fields.time("due_at"),
                fields.texts("tags"),
                fields.bool("completed"),
                fields.rejected());
        fields.throwIfWrongTypes();
        return request;
    }

    /** @throws dev.todo.domain.ValidationException naming every refused or invalid field at once */
    TaskDetails details() {
        var violations = new Violations();
        rejected.forEach(v -> violations.add(v.field(), v.message()));
        TaskDetails details = violations.check(() -> TaskDetails.parse(title, description, priority, dueAt, tags));
        violations.throwIfAny();
        return details;
    }

    CreateTaskCommand toCommand(UserId actor) {
        return new CreateTaskCommand(actor, details(), completed.orElse(false));
    }

    ReplaceTaskCommand toReplaceCommand(UserId actor, TaskId taskId, ExpectedVersions expected) {
        return new ReplaceTaskCommand(actor, taskId, details(), completed, expected);
    }
}

package dev.todo.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The body of POST and PUT on tasks: every editable field. Absent optional fields are empty (PUT
 * replaces them all). Server-owned fields and unknown fields are refused, never ignored.
 */
record TaskRequest(String title, String description, String priority, Instant dueAt, List<String> tags) {
    static final Set<String> WRITABLE = Set.of("title", "description", "priority", "due_at", "tags");
    static final Set<String> SERVER_OWNED =
            Set.of("id", "user_id", "completed", "completed_at", "created_at", "updated_at");

    /** Reads the fields and their JSON types; the domain rules are checked by {@link #details()}. */
    static TaskRequest parse(ObjectNode body) {
        var fields = JsonFields.of(body, WRITABLE, SERVER_OWNED);
        var request = new TaskRequest(
                fields.text("title"),
                fields.text("description"),
                fields.text("priority"),
                fields.time("due_at"),
                fields.texts("tags"));
        fields.throwIfAny();
        return request;
    }

    TaskDetails details() {
        return TaskDetails.parse(title, description, priority, dueAt, tags);
    }

    CreateTaskCommand toCommand(UserId actor) {
        return new CreateTaskCommand(actor, details());
    }

    ReplaceTaskCommand toReplaceCommand(UserId actor, TaskId taskId, OptionalLong expectedVersion) {
        return new ReplaceTaskCommand(actor, taskId, details(), expectedVersion);
    }
}

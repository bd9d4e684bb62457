package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * The optional body of PATCH …/complete: {@code {"completed": bool}} sets the state; no body,
 * {@code {}} or {@code {"completed": null}} toggles it. Other fields are refused (422).
 */
record CompleteRequest(Optional<Boolean> completed) {

    static CompleteRequest parse(Optional<ObjectNode> body) {
        if (body.isEmpty()) {
            return new CompleteRequest(Optional.empty());
        }
        var fields = JsonFields.strict(body.get(), Set.of("completed"), TaskRequest.SERVER_OWNED);
        Optional<Boolean> completed = fields.bool("completed");
        fields.throwIfWrongTypes();
        if (!fields.rejected().isEmpty()) {
            throw new ValidationException(fields.rejected());
        }
        return new CompleteRequest(completed);
    }

    CompleteTaskCommand toCommand(UserId actor, TaskId taskId, ExpectedVersions expected) {
        return new CompleteTaskCommand(actor, taskId, completed, expected);
    }
}

package dev.todo.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.SignUpCommand;
import java.util.Set;

/** The body of POST /api/auth/sign-up/email. */
record SignUpRequest(String name, String email, String password) {
    private static final Set<String> SERVER_OWNED = Set.of("id", "created_at");

    static SignUpRequest parse(ObjectNode body) {
        var fields = JsonFields.of(body, Set.of("name", "email", "password"), SERVER_OWNED);
        var request = new SignUpRequest(fields.text("name"), fields.text("email"), fields.text("password"));
        fields.throwIfAny();
        return request;
    }

    SignUpCommand toCommand() {
        return SignUpCommand.parse(name, email, password);
    }

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", password=redacted]";
    }
}

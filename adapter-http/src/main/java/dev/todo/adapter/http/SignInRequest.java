package dev.todo.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.SignInCommand;
import java.util.Objects;
import java.util.Set;

/**
 * The body of POST /api/auth/sign-in/email. A missing email or password is answered like a wrong
 * one (401), so that the endpoint reveals nothing; only wrong JSON types and unknown fields are 422.
 */
record SignInRequest(String email, String password) {
    static SignInRequest parse(ObjectNode body) {
        var fields = JsonFields.of(body, Set.of("email", "password"), Set.of());
        var request = new SignInRequest(fields.text("email"), fields.text("password"));
        fields.throwIfAny();
        return request;
    }

    SignInCommand toCommand() {
        return new SignInCommand(Objects.requireNonNullElse(email, ""), Objects.requireNonNullElse(password, ""));
    }

    @Override
    public String toString() {
        return "SignInRequest[email=" + email + ", password=redacted]";
    }
}

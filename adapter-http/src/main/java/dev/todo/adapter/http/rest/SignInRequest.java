package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.SignInCommand;
import java.util.Objects;

/**
 * The body of POST /api/auth/sign-in/email. A missing or malformed email or password is answered
 * like a wrong one (401) so that the endpoint reveals nothing; other fields (Better Auth's
 * {@code rememberMe}, {@code callbackURL}) are ignored.
 */
record SignInRequest(String email, String password) {
    static SignInRequest parse(ObjectNode body) {
        var fields = JsonFields.lenient(body);
        return new SignInRequest(fields.textIfPresent("email"), fields.textIfPresent("password"));
    }

    SignInCommand toCommand() {
        return new SignInCommand(Objects.requireNonNullElse(email, ""), Objects.requireNonNullElse(password, ""));
    }

    @Override
    public String toString() {
        return "SignInRequest[email=" + email + ", password=redacted]";
    }
}

package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.SignUpCommand;

/**
 * The body of POST /api/auth/sign-up/email. Other fields are ignored: Better Auth clients send
 * {@code image}, {@code callbackURL} or {@code rememberMe} along.
 */
record SignUpRequest(String name, String email, String password) {
    /** @throws BadRequestException if a field has the wrong JSON type */
    static SignUpRequest parse(ObjectNode body) {
        var fields = JsonFields.lenient(body);
        var request = new SignUpRequest(fields.text("name"), fields.text("email"), fields.text("password"));
        fields.throwIfWrongTypes();
        return request;
    }

    /** @throws dev.todo.domain.ValidationException naming every invalid field */
    SignUpCommand toCommand() {
        return SignUpCommand.parse(name, email, password);
    }

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", password=redacted]";
    }
}

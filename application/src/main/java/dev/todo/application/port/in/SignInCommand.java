package dev.todo.application.port.in;

import java.util.Objects;

/**
 * An email and password as typed. Kept raw on purpose: input that could never match an account is
 * answered like a wrong password, not as a validation error.
 */
public record SignInCommand(String email, String password) {
    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password=redacted]";
    }
}

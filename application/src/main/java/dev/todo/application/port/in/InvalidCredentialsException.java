package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** Sign-in failed; deliberately silent about whether the email or the password was wrong. */
public final class InvalidCredentialsException extends DomainException {
    public InvalidCredentialsException() {
        super("invalid email or password");
    }
}

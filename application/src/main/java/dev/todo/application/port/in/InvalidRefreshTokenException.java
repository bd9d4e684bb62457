package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** The refresh token renews nothing: unknown, already spent, or its session has ended or expired. */
public final class InvalidRefreshTokenException extends DomainException {
    public InvalidRefreshTokenException() {
        super("the refresh token is not valid or its session has ended");
    }
}

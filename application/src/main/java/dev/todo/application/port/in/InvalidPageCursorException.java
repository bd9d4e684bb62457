package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** A cursor that this service did not issue, or that was issued for another sort order. */
public final class InvalidPageCursorException extends DomainException {
    public InvalidPageCursorException(String reason) {
        super("invalid cursor: " + reason);
    }
}

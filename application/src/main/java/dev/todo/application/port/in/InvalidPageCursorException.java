package dev.todo.application.port.in;

import dev.todo.domain.ValidationException;

/**
 * A cursor that this service did not issue, or that was issued for another sort order: invalid input of
 * the field {@code cursor}.
 */
public final class InvalidPageCursorException extends ValidationException {
    public InvalidPageCursorException(String reason) {
        super("cursor", "invalid cursor: " + reason);
    }
}

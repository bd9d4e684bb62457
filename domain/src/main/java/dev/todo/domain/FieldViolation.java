package dev.todo.domain;

import java.util.Objects;

/**
 * One invalid input field and why. Field names are those of the public data model ({@code title},
 * {@code due_at}, …) so that every adapter reports them the same way.
 */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

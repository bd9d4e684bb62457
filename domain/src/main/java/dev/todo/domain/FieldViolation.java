package dev.todo.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One invalid input field and why. Field names are those of the public data model ({@code title},
 * {@code due_at}, …) so that every adapter reports them the same way; {@code part} names the part of a
 * structured value that is wrong (a recurrence rule's {@code BYDAY}), or is null.
 */
public record FieldViolation(String field, String message, String part) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A violation of the field as a whole. */
    public FieldViolation(String field, String message) {
        this(field, message, null);
    }

    /** The part of the field's value that is wrong, when the value has parts. */
    public Optional<String> wrongPart() {
        return Optional.ofNullable(part);
    }
}

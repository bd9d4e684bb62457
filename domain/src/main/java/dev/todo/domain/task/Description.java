package dev.todo.domain.task;

import dev.todo.domain.Text;
import dev.todo.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;

/** A task's free-text description: up to 1000 characters, line breaks allowed, never blank. */
public record Description(String value) {
    public static final int MAX_LENGTH = 1000;

    public Description {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new ValidationException("description", "must not be blank; omit it instead");
        }
        if (Text.length(value) > MAX_LENGTH) {
            throw new ValidationException("description", "must be at most " + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacters(value, true)) {
            throw new ValidationException("description", "must not contain control characters");
        }
    }

    /** Absent or blank input means "no description"; other input is trimmed and validated. */
    public static Optional<Description> ofNullable(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Description(raw.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}

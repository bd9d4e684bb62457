package dev.todo.domain.user;

import dev.todo.domain.Text;
import dev.todo.domain.ValidationException;

/**
 * A plain-text password in transit to the hasher: 8..128 characters of valid Unicode, used whole (never
 * truncated or trimmed). Its text never appears in {@link #toString()}.
 */
public record Password(String value) {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public Password {
        if (value == null) {
            throw new ValidationException("password", "is required");
        }
        int length = Text.length(value);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new ValidationException("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (Text.hasLoneSurrogate(value)) {
            // UTF-8 cannot encode it: two such passwords would hash as the same bytes
            throw new ValidationException("password", "must be valid Unicode text (it holds a lone surrogate)");
        }
    }

    public static Password of(String raw) {
        return new Password(raw);
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}

package dev.todo.domain.task;

import dev.todo.domain.Text;
import dev.todo.domain.ValidationException;
import java.util.Locale;
import java.util.Objects;

/** A short label: 1..32 lowercase letters, digits, '-' or '_' (input is trimmed and lowercased). */
public record Tag(String value) {
    public static final int MAX_LENGTH = 32;

    public Tag {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH) {
            throw new ValidationException("tags", "each tag must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!isAllowed(value)) {
            throw new ValidationException(
                    "tags", "tags may hold only lowercase letters, digits, '-' and '_': '" + value + "'");
        }
    }

    public static Tag of(String raw) {
        if (raw == null) {
            throw new ValidationException("tags", "tags must not be null");
        }
        return new Tag(raw.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isAllowed(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isAllowed(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isAllowed(int c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return true;
        }
        return c == '-' || c == '_' || Character.isDigit(c) || Character.isLetter(c) && !Character.isUpperCase(c);
    }

    @Override
    public String toString() {
        return value;
    }
}

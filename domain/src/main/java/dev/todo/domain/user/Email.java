package dev.todo.domain.user;

import dev.todo.domain.Text;
import dev.todo.domain.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, normalised (trimmed, lowercased) so that comparison is case-insensitive. */
public record Email(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (value == null) {
            throw new ValidationException("email", "is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (Text.length(value) > MAX_LENGTH
                || Text.hasControlCharacters(value, false)
                || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "must be a valid email address");
        }
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

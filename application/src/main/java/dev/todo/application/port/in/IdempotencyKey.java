package dev.todo.application.port.in;

import dev.todo.domain.ValidationException;
import java.util.Objects;

/**
 * The client's name for one create request (the {@code Idempotency-Key} header): 1 to 255 visible ASCII
 * characters. A request repeated with the same key within a day creates nothing new.
 */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ValidationException(
                    "Idempotency-Key", "must be 1 to " + MAX_LENGTH + " visible ASCII characters, without spaces");
        }
    }
}

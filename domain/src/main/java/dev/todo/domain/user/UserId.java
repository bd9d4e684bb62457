package dev.todo.domain.user;

import dev.todo.domain.ValidationException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Opaque identifier of a user: 1..128 URL-safe characters. Built-in accounts get 32 random
 * alphanumerics (the shape Better Auth uses); external identity providers bring their own.
 */
public record UserId(String value) {
    public static final int MAX_LENGTH = 128;
    private static final String SYMBOLS = "._~:@|+=-";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new ValidationException(
                    "user_id", "must be 1 to " + MAX_LENGTH + " characters from A-Z a-z 0-9 . _ ~ : @ | + = -");
        }
    }

    private static boolean isWellFormed(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    /** A fresh random id of 32 alphanumerics (about 190 bits). */
    public static UserId random() {
        var id = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new UserId(id.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

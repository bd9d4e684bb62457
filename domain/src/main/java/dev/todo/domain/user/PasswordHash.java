package dev.todo.domain.user;

import java.util.Objects;

/** A stored password hash in its self-describing text form (for example a PHC {@code $argon2id$…} string). */
public record PasswordHash(String value) {
    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}

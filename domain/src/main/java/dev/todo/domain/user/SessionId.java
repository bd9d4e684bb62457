package dev.todo.domain.user;

import dev.todo.domain.ValidationException;
import java.util.Objects;
import java.util.UUID;

/** Identifies one sign-in session of a built-in account: the {@code sid} of its access tokens. */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /** @throws ValidationException if {@code text} is not a UUID */
    public static SessionId of(String text) {
        try {
            return new SessionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException("sid", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

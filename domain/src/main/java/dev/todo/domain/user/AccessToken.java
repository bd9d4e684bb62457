package dev.todo.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A bearer token issued to a signed-in user, and when it stops being accepted. */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[redacted, expiresAt=" + expiresAt + "]";
    }
}

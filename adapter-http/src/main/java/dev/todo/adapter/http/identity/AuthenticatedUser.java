package dev.todo.adapter.http.identity;

import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject of a verified token. {@code profile} is the user as an external identity provider
 * described it in the token's claims (empty for the server's own and shared-secret tokens, whose
 * users are looked up in the user repository).
 */
public record AuthenticatedUser(UserId id, Instant expiresAt, Optional<User> profile) {
    public AuthenticatedUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(profile, "profile");
    }
}

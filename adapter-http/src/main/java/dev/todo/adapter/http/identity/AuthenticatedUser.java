package dev.todo.adapter.http.identity;

import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject of a verified token. {@code profile} is the user as the token's claims describe them
 * (external and shared-secret tokens; empty for the server's own, whose users are looked up in the user
 * repository); {@code session} is the {@code sid} of the server's own tokens, which end with their session.
 */
public record AuthenticatedUser(UserId id, Instant expiresAt, Optional<User> profile, Optional<SessionId> session) {
    public AuthenticatedUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(session, "session");
    }
}

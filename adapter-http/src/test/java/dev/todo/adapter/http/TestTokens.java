package dev.todo.adapter.http;

import dev.todo.adapter.http.identity.AuthenticatedUser;
import dev.todo.adapter.http.identity.InvalidTokenException;
import dev.todo.adapter.http.identity.TokenVerifier;
import dev.todo.application.port.out.TokenIssuer;
import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test stand-in for the JWT issuer and verifier: opaque random tokens remembered in a map. It keeps
 * the HTTP tests about HTTP; real JWT handling is tested in the auth package.
 */
final class TestTokens implements TokenIssuer, TokenVerifier {
    private final Map<String, AuthenticatedUser> issued = new ConcurrentHashMap<>();

    @Override
    public AccessToken issue(User user, SessionId session) {
        Instant expiresAt = Instant.now().plusSeconds(3600);
        return new AccessToken(remember(user.id(), expiresAt, Optional.empty(), Optional.of(session)), expiresAt);
    }

    /** A token for any user id, with no account behind it (as an HS256 or external token might be). */
    String tokenFor(String userId) {
        return remember(UserId.of(userId), Instant.now().plusSeconds(3600), Optional.empty());
    }

    /** A token of an external issuer that describes its user in its claims. */
    String externalToken(User profile) {
        return remember(profile.id(), Instant.now().plusSeconds(3600), Optional.of(profile));
    }

    /** A token of {@code userId} that expires after {@code lifetime}. */
    String tokenExpiringIn(String userId, java.time.Duration lifetime) {
        return remember(UserId.of(userId), Instant.now().plus(lifetime), Optional.empty());
    }

    String expiredToken(String userId) {
        return remember(UserId.of(userId), Instant.now().minusSeconds(1), Optional.empty());
    }

    /** A token whose verification fails unexpectedly, as a bug would. */
    static final String EXPLODING = "explode";

    @Override
    public AuthenticatedUser verify(String token) {
        if (token.equals(EXPLODING)) {
            throw new IllegalStateException("internal detail that must not leak");
        }
        AuthenticatedUser user = issued.get(token);
        if (user == null) {
            throw new InvalidTokenException("unknown token");
        }
        if (!user.expiresAt().isAfter(Instant.now())) {
            throw new InvalidTokenException("expired");
        }
        return user;
    }

    private String remember(UserId id, Instant expiresAt, Optional<User> profile) {
        return remember(id, expiresAt, profile, Optional.empty());
    }

    private String remember(UserId id, Instant expiresAt, Optional<User> profile, Optional<SessionId> session) {
        String token = "test." + UUID.randomUUID();
        issued.put(token, new AuthenticatedUser(id, expiresAt, profile, session));
        return token;
    }
}

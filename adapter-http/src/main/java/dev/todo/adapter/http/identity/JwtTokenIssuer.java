package dev.todo.adapter.http.identity;

import com.auth0.jwt.JWT;
import dev.todo.application.port.out.TokenIssuer;
import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Signs the server's own tokens with its {@link SigningKey}: header {@code alg}, {@code kid}; claims
 * {@code sub} (user id), {@code sid} (session), {@code iss}, {@code aud}, {@code iat}, {@code exp}, and name and
 * email for clients.
 */
final class JwtTokenIssuer implements TokenIssuer {
    static final String SESSION_CLAIM = "sid";

    private final SigningKey key;
    private final String issuer;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;

    JwtTokenIssuer(SigningKey key, String issuer, String audience, Duration ttl, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public AccessToken issue(User user, SessionId session) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(ttl);
        String token = JWT.create()
                .withKeyId(key.keyId())
                .withSubject(user.id().value())
                .withClaim(SESSION_CLAIM, session.toString())
                .withIssuer(issuer)
                .withAudience(audience)
                .withIssuedAt(issuedAt)
                .withExpiresAt(expiresAt)
                .withClaim("name", user.name().value())
                .withClaim("email", user.email().value())
                .sign(key.algorithm());
        return new AccessToken(token, expiresAt);
    }
}

package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authentication parts, built once by bootstrap from an {@link AuthConfig}: the issuer of the
 * server's own tokens, the verifier of every accepted token, the password hasher and the public JWKS.
 */
public final class Authentication {
    private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration JWKS_MIN_REFRESH = Duration.ofSeconds(30);
    private static final Duration JWKS_MAX_AGE = Duration.ofMinutes(10);
    private static final Duration CACHE_MAX_AGE = Duration.ofMinutes(10);
    private static final long CACHE_SIZE = 10_000;
    private static final Duration HASH_MAX_WAIT = Duration.ofSeconds(3);

    private final JwtTokenIssuer tokenIssuer;
    private final CompositeTokenVerifier tokenVerifier;
    private final Argon2PasswordHasher passwordHasher;
    private final Jwks jwks;
    private final Optional<ExternalKeySource> external;
    private final SigningKey key;

    private Authentication(AuthConfig config, SigningKey key, Clock clock, Duration jwksTimeout) {
        this.key = key;
        this.tokenIssuer = new JwtTokenIssuer(key, config.issuer(), config.audience(), config.tokenTtl(), clock);
        this.jwks = new Jwks(List.of(key.publicJwk()));
        this.passwordHasher = new Argon2PasswordHasher(Runtime.getRuntime().availableProcessors(), HASH_MAX_WAIT);
        this.external = config.external()
                .map(e -> new ExternalKeySource(
                        e, new RemoteJwks(e.jwksUrl(), jwksTimeout, JWKS_MIN_REFRESH, JWKS_MAX_AGE, clock)));
        Optional<Algorithm> sharedSecret =
                config.jwtSecret().map(secret -> Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8)));
        List<KeySource> sources = new ArrayList<>();
        sources.add(new OwnKeySource(config.issuer(), config.audience(), key, sharedSecret));
        external.ifPresent(sources::add);
        this.tokenVerifier =
                new CompositeTokenVerifier(sources, new VerifiedTokenCache(CACHE_SIZE, CACHE_MAX_AGE, clock), clock);
    }

    /**
     * Uses the configured signing key, or the one in {@code signingKeys} (generating and storing a P-256
     * key on first start). The external JWKS is fetched lazily, on the first token that needs it.
     */
    public static Authentication create(AuthConfig config, SigningKeyRepository signingKeys, Clock clock) {
        return create(config, signingKeys, clock, JWKS_TIMEOUT);
    }

    static Authentication create(
            AuthConfig config, SigningKeyRepository signingKeys, Clock clock, Duration jwksTimeout) {
        SigningKey key = config.signingKey()
                .map(SigningKeys::parse)
                .orElseGet(() -> SigningKeys.loadOrCreate(signingKeys, clock));
        return new Authentication(config, key, clock, jwksTimeout);
    }

    public TokenIssuer tokenIssuer() {
        return tokenIssuer;
    }

    public TokenVerifier tokenVerifier() {
        return tokenVerifier;
    }

    /** Argon2id; may throw {@link PasswordHashingBusyException} (answer 503 with Retry-After). */
    public PasswordHasher passwordHasher() {
        return passwordHasher;
    }

    public Jwks jwks() {
        return jwks;
    }

    /**
     * A secret for {@code purpose} (for example sealing page cursors) derived from the signing key, so
     * that every instance sharing the key (stored in the database or configured) has the same secret.
     */
    public byte[] derivedSecret(String purpose) {
        return key.derive(purpose);
    }
}

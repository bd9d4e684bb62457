package dev.todo.adapter.http.identity;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies bearer tokens from every configured issuer. The unverified {@code iss} picks the
 * {@link KeySource}; the source's key (chosen by {@code kid}) fixes the algorithm; then java-jwt checks
 * that the header's {@code alg} is that algorithm (so {@code none} and HS256-with-a-public-key fail), the
 * signature, {@code iss} and {@code aud} bound to the source, {@code exp} (required), and {@code nbf} and
 * {@code iat} with {@value #LEEWAY_SECONDS} s of clock skew. Headers such as {@code jku}, {@code x5u} and
 * {@code jwk} are never read; {@link TokenForm} refuses malformed tokens before any key is looked up.
 */
final class CompositeTokenVerifier implements TokenVerifier {
    static final long LEEWAY_SECONDS = 60;
    static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final Map<String, KeySource> sourcesByIssuer;
    private final VerifiedTokenCache cache;
    private final Clock clock;

    CompositeTokenVerifier(List<KeySource> sources, VerifiedTokenCache cache, Clock clock) {
        this.sourcesByIssuer =
                sources.stream().collect(Collectors.toUnmodifiableMap(KeySource::issuer, Function.identity()));
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public AuthenticatedUser verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("missing or oversized token");
        }
        return cache.find(token).orElseGet(() -> {
            AuthenticatedUser user = verifyUncached(token);
            cache.put(token, user);
            return user;
        });
    }

    private AuthenticatedUser verifyUncached(String token) {
        try {
            DecodedJWT unverified = TokenForm.decode(token);
            KeySource source = sourcesByIssuer.get(unverified.getIssuer());
            if (source == null) {
                throw new InvalidTokenException("unknown issuer");
            }
            Algorithm algorithm = source.algorithmFor(unverified);
            DecodedJWT verified = verifier(source, algorithm).verify(unverified);
            return source.user(verified);
        } catch (InvalidTokenException | IssuerUnavailableException e) {
            throw e;
        } catch (JWTVerificationException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // Anything a hostile token provokes (bad Base64, odd JSON types, invalid subject) is just a bad token.
            throw new InvalidTokenException("malformed token: " + e.getClass().getSimpleName(), e);
        }
    }

    private JWTVerifier verifier(KeySource source, Algorithm algorithm) {
        return ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                        .withIssuer(source.issuer())
                        .withAudience(source.audience())
                        .withClaimPresence("exp")
                        .withClaimPresence("sub")
                        .acceptLeeway(LEEWAY_SECONDS))
                .build(clock);
    }
}

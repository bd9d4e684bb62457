package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.algorithms.Algorithm;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HS256 tokens under AUTH_JWT_SECRET: they must carry the server's own issuer and audience, and exp. */
class SharedSecretTokenTest {
    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!!";

    private final MutableClock clock = MutableClock.atNow();
    private final Algorithm hs256 = Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8));

    @Test
    void acceptsHs256TokensCarryingTheServersIssuerAndAudience() {
        AuthenticatedUser user = withSecret()
                .tokenVerifier()
                .verify(TestTokens.sign(hs256, Map.of("alg", "HS256", "typ", "JWT"), claims()));

        assertThat(user.id().value()).isEqualTo("user-1");
        assertThat(user.profile()).isEmpty();
        assertThat(user.session()).isEmpty();
    }

    @Test
    void anHs256TokenDescribingItsUserHasThatProfileAndNeverASessionEvenWithASid() {
        Map<String, Object> claims = claims();
        claims.put("email", "Bea@Example.com");
        claims.put("name", "Bea");
        claims.put("sid", "00000000-0000-0000-0000-000000000001");

        AuthenticatedUser user =
                withSecret().tokenVerifier().verify(TestTokens.sign(hs256, Map.of("alg", "HS256"), claims));

        assertThat(user.profile()).hasValueSatisfying(profile -> {
            assertThat(profile.email().value()).isEqualTo("bea@example.com");
            assertThat(profile.name().value()).isEqualTo("Bea");
        });
        assertThat(user.session()).isEmpty();
    }

    @Test
    void refusesHs256TokensWithoutExpOrWithAnotherIssuerOrAudience() {
        Authentication auth = withSecret();
        var noExp = claims();
        noExp.remove("exp");
        var otherIssuer = claims();
        otherIssuer.put("iss", "https://elsewhere.example.com");
        var otherAudience = claims();
        otherAudience.put("aud", "elsewhere");

        for (var claims : java.util.List.of(noExp, otherIssuer, otherAudience)) {
            String token = TestTokens.sign(hs256, Map.of("alg", "HS256"), claims);
            assertThatThrownBy(() -> auth.tokenVerifier().verify(token)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void refusesHs256TokensSignedWithAnotherSecret() {
        Algorithm other = Algorithm.HMAC256("another-secret-of-at-least-32-bytes!!!");
        String token = TestTokens.sign(other, Map.of("alg", "HS256"), claims());

        assertThatThrownBy(() -> withSecret().tokenVerifier().verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesHs256TokensWhenNoSecretIsConfigured() {
        Authentication auth =
                Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), new InMemorySigningKeyRepository(), clock);
        String token = TestTokens.sign(hs256, Map.of("alg", "HS256"), claims());

        assertThatThrownBy(() -> auth.tokenVerifier().verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAShortSecretAtConstruction() {
        assertThatThrownBy(() -> new AuthConfig(
                        ISSUER,
                        AUDIENCE,
                        Duration.ofHours(1),
                        Optional.empty(),
                        Optional.of("too-short-secret"),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTH_JWT_SECRET")
                .hasMessageContaining("32 bytes");
    }

    private Authentication withSecret() {
        return Authentication.create(
                new AuthConfig(
                        ISSUER, AUDIENCE, Duration.ofHours(1), Optional.empty(), Optional.of(SECRET), Optional.empty()),
                new InMemorySigningKeyRepository(),
                clock);
    }

    private Map<String, Object> claims() {
        var claims = new HashMap<String, Object>();
        claims.put("sub", "user-1");
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("iat", clock.instant().getEpochSecond());
        claims.put("exp", clock.instant().plusSeconds(300).getEpochSecond());
        return claims;
    }
}

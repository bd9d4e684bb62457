package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.algorithms.Algorithm;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.domain.user.User;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Better Auth JWT-plugin tokens, with its JWKS served on 127.0.0.1. */
class ExternalIssuerTest {
    private final MutableClock clock = MutableClock.atNow();
    private final JwksServer betterAuth = new JwksServer();
    private final Authentication auth = Authentication.create(
            AuthConfig.of(ISSUER, AUDIENCE)
                    .withExternal(
                            new ExternalIssuerConfig(betterAuth.jwksUrl(), betterAuth.baseUrl(), betterAuth.baseUrl())),
            new InMemorySigningKeyRepository(),
            clock,
            Duration.ofMillis(500));

    ExternalIssuerTest() throws IOException {}

    @AfterEach
    void stopServer() {
        betterAuth.close();
    }

    @Test
    void acceptsBetterAuthTokensForEveryAlgorithmItOffers() {
        List<TestKey> keys = List.of(
                TestKey.ed25519("ed"),
                TestKey.es256("p256"),
                TestKey.rs256("rsa"),
                TestKey.ps256("pss"),
                TestKey.es512("p521"));
        betterAuth.serve(keys.stream().map(TestKey::publicJwk).toList());

        for (TestKey key : keys) {
            AuthenticatedUser user = verify(betterAuthToken(key, claims()));
            assertThat(user.id().value()).isEqualTo("ba-user-42");
        }
        assertThat(betterAuth.requests()).isEqualTo(1);
    }

    @Test
    void describesTheUserFromTheClaimsSoNoSignUpIsNeeded() {
        TestKey key = TestKey.ed25519("ed");
        betterAuth.serve(List.of(key.publicJwk()));
        var withoutCreatedAt = claims();
        withoutCreatedAt.remove("createdAt");

        User described = verify(betterAuthToken(key, claims())).profile().orElseThrow();
        User fromIat = verify(betterAuthToken(key, withoutCreatedAt)).profile().orElseThrow();

        assertThat(described.id().value()).isEqualTo("ba-user-42");
        assertThat(described.email().value()).isEqualTo("grace@example.com");
        assertThat(described.name().value()).isEqualTo("Grace Hopper");
        assertThat(described.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
        assertThat(fromIat.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void refusesTokensSignedByAKeyThatIsNotInTheJwks() {
        TestKey published = TestKey.ed25519("ed");
        betterAuth.serve(List.of(published.publicJwk()));
        TestKey impostor = TestKey.ed25519("ed");

        assertRefused(betterAuthToken(impostor, claims()));
        assertRefused(betterAuthToken(TestKey.ed25519("unknown"), claims()));
    }

    @Test
    void bindsIssuerAudienceAndAlgorithmToTheExternalSource() {
        TestKey key = TestKey.es256("p256");
        betterAuth.serve(List.of(key.publicJwk()));
        var otherAudience = claims();
        otherAudience.put("aud", AUDIENCE);
        var ownIssuer = claims();
        ownIssuer.put("iss", ISSUER);
        ownIssuer.put("aud", AUDIENCE);
        Algorithm confused = Algorithm.HMAC256(TestTokens.json(key.publicJwk()));

        assertRefused(betterAuthToken(key, otherAudience));
        assertRefused(betterAuthToken(key, ownIssuer));
        assertRefused(TestTokens.sign(confused, Map.of("alg", "HS256", "kid", "p256"), claims()));
        assertRefused(TestTokens.unsigned(Map.of("alg", "none", "kid", "p256"), claims()));
    }

    @Test
    void refusesExpiredBetterAuthTokens() {
        TestKey key = TestKey.ed25519("ed");
        betterAuth.serve(List.of(key.publicJwk()));
        String token = betterAuthToken(key, claims());

        clock.advance(Duration.ofMinutes(17));

        assertRefused(token);
    }

    @Test
    void fetchesTheJwksAgainOnceWhenAKeyIsRotatedIn() {
        TestKey old = TestKey.ed25519("k1");
        betterAuth.serve(List.of(old.publicJwk()));
        verify(betterAuthToken(old, claims()));
        clock.advance(Duration.ofSeconds(31));
        TestKey rotated = TestKey.ed25519("k2");
        betterAuth.serve(List.of(old.publicJwk(), rotated.publicJwk()));

        verify(betterAuthToken(rotated, claims()));
        verify(betterAuthToken(old, claims()));

        assertThat(betterAuth.requests()).isEqualTo(2);
    }

    @Test
    void dropsAKeyTheIssuerWithdrewOnceTheCachedJwksIsOld() {
        TestKey withdrawn = TestKey.ed25519("k1");
        betterAuth.serve(List.of(withdrawn.publicJwk()));
        verify(betterAuthToken(withdrawn, claims()));
        betterAuth.serve(List.of());

        clock.advance(Duration.ofMinutes(11));

        assertRefused(betterAuthToken(withdrawn, claims()));
        assertThat(betterAuth.requests()).isEqualTo(2);
    }

    @Test
    void aFloodOfUnknownKidsDoesNotHammerTheJwks() {
        TestKey known = TestKey.ed25519("k1");
        betterAuth.serve(List.of(known.publicJwk()));
        verify(betterAuthToken(known, claims()));

        for (int i = 0; i < 50; i++) {
            assertRefused(betterAuthToken(TestKey.ed25519("made-up-" + i), claims()));
        }
        assertThat(betterAuth.requests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        assertRefused(betterAuthToken(TestKey.ed25519("made-up-again"), claims()));
        assertThat(betterAuth.requests()).isEqualTo(2);
    }

    @Test
    @Timeout(10)
    void aSlowJwksAnswersUnavailableInsteadOfHangingTheRequest() {
        TestKey key = TestKey.ed25519("ed");
        betterAuth.serve(List.of(key.publicJwk()));
        betterAuth.delay(Duration.ofSeconds(3));

        assertThatThrownBy(() -> verify(betterAuthToken(key, claims()))).isInstanceOf(IssuerUnavailableException.class);
    }

    @Test
    void anIssuerThatIsDownKeepsCachedKeysWorkingAndMakesUnknownKeysUnavailable() {
        TestKey known = TestKey.ed25519("k1");
        betterAuth.serve(List.of(known.publicJwk()));
        verify(betterAuthToken(known, claims()));
        betterAuth.close();
        clock.advance(Duration.ofMinutes(11)); // the cached copy is old: a refetch is tried and fails

        assertThat(verify(betterAuthToken(known, claims())).id().value()).isEqualTo("ba-user-42");
        assertThatThrownBy(() -> verify(betterAuthToken(TestKey.ed25519("rotated-in"), claims())))
                .isInstanceOf(IssuerUnavailableException.class);
    }

    private String betterAuthToken(TestKey key, Map<String, Object> claims) {
        // Better Auth's header: alg and kid, no typ.
        return TestTokens.sign(key.signer(), Map.of("alg", key.publicJwk().get("alg"), "kid", key.kid()), claims);
    }

    private Map<String, Object> claims() {
        long now = clock.instant().getEpochSecond();
        var claims = new HashMap<String, Object>();
        claims.put("name", "Grace Hopper");
        claims.put("email", "grace@example.com");
        claims.put("emailVerified", true);
        claims.put("image", null);
        claims.put("createdAt", "2025-03-01T10:15:30.123Z");
        claims.put("updatedAt", "2025-03-02T08:00:00.000Z");
        claims.put("id", "ba-user-42");
        claims.put("iat", now);
        claims.put("iss", betterAuth.baseUrl());
        claims.put("aud", betterAuth.baseUrl());
        claims.put("exp", now + 900);
        claims.put("sub", "ba-user-42");
        return claims;
    }

    private AuthenticatedUser verify(String token) {
        return auth.tokenVerifier().verify(token);
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> verify(token)).isInstanceOf(InvalidTokenException.class);
    }
}

package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserName;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;

/**
 * Whatever arrives as a bearer token, {@link TokenVerifier#verify} either accepts it or throws
 * {@link InvalidTokenException} (401), or {@link IssuerUnavailableException} (503) for a key only the
 * unreachable external issuer could supply; never anything else. Runs its seeds in every build (regression mode);
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenVerifierFuzzTest {
    private final Authentication auth = Authentication.create(
            new AuthConfig(
                    ISSUER,
                    AUDIENCE,
                    Duration.ofHours(1),
                    Optional.empty(),
                    Optional.of("fuzzing-secret-of-at-least-32-bytes!!"),
                    // Port 9 on loopback refuses at once: the external path runs without waiting on a network.
                    Optional.of(new ExternalIssuerConfig(
                            URI.create("http://127.0.0.1:9/api/auth/jwks"),
                            "https://auth.example.com",
                            "https://auth.example.com"))),
            new InMemorySigningKeyRepository(),
            Clock.systemUTC(),
            Duration.ofMillis(200));
    private final String genuine = auth.tokenIssuer()
            .issue(
                    User.create(Email.of("fuzz@example.com"), UserName.of("Fuzz"), java.time.Instant.now()),
                    SessionId.random())
            .value();

    @FuzzTest(maxDuration = "30s")
    void verifyFailsOnlyInDocumentedWays(FuzzedDataProvider data) {
        String token = switch (data.consumeInt(0, 2)) {
            case 0 -> data.consumeRemainingAsString();
            case 1 ->
                encoded(data.consumeString(300)) + "." + encoded(data.consumeString(600)) + "."
                        + data.consumeRemainingAsString();
            default -> mutated(data);
        };
        try {
            auth.tokenVerifier().verify(token);
        } catch (InvalidTokenException | IssuerUnavailableException expected) {
            // the two documented failures: 401 and 503
        }
    }

    private String mutated(FuzzedDataProvider data) {
        var token = new StringBuilder(genuine);
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && token.length() > 0; i++) {
            token.setCharAt(data.consumeInt(0, token.length() - 1), data.consumeChar());
        }
        return token.toString();
    }

    private static String encoded(String json) {
        return TestTokens.part(json.getBytes(StandardCharsets.UTF_8));
    }
}

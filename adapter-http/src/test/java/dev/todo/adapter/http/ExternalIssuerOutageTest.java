package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.todo.adapter.http.identity.AuthConfig;
import dev.todo.adapter.http.identity.Authentication;
import dev.todo.adapter.http.identity.ExternalIssuerConfig;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An external issuer whose JWKS cannot be fetched: its tokens get 503 and Retry-After, not 401. */
class ExternalIssuerOutageTest {
    private static final String BETTER_AUTH = "https://auth.example.com";

    private final TodoHttpServer server;
    private final Api api;

    ExternalIssuerOutageTest() {
        var auth = Authentication.create(
                AuthConfig.of("http://todo.test", "http://todo.test")
                        // Port 9 on loopback refuses at once: the issuer is down.
                        .withExternal(new ExternalIssuerConfig(
                                URI.create("http://127.0.0.1:9/api/auth/jwks"), BETTER_AUTH, BETTER_AUTH)),
                new InMemorySigningKeyRepository(),
                Clock.systemUTC());
        server = TestServer.withAuthentication(auth);
        api = new Api(server.start());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void a_token_whose_key_cannot_be_fetched_is_503_with_retry_after() throws GeneralSecurityException {
        var response = api.get("/api/ba-user-1/tasks")
                .bearer(betterAuthToken("ba-user-1"))
                .send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After"))
                .hasValueSatisfying(value -> assertThat(Integer.parseInt(value)).isPositive());
        assertThat(response.json().get("detail").asText()).contains("issuer");
        assertThat(response.header("WWW-Authenticate")).isEmpty();
    }

    private static String betterAuthToken(String subject) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        return JWT.create()
                .withKeyId("key-the-issuer-published")
                .withIssuer(BETTER_AUTH)
                .withAudience(BETTER_AUTH)
                .withSubject(subject)
                .withExpiresAt(Instant.now().plusSeconds(600))
                .sign(Algorithm.ECDSA256((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate()));
    }
}

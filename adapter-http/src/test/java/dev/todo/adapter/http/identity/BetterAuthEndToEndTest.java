package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.todo.adapter.http.HttpConfig;
import dev.todo.adapter.http.TodoHttpServer;
import dev.todo.application.memory.InMemorySessionRepository;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.memory.InMemoryUserRepository;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.service.ApplicationServices;
import dev.todo.application.service.ChangeFeed;
import dev.todo.application.service.SessionPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Better Auth deployment as it really runs: its JWKS served by an HTTP/1.1-only server that drops
 * connections offering an h2c upgrade (as Next.js does), and its tokens calling the real API.
 */
class BetterAuthEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpgradeRefusingJwksServer betterAuth = new UpgradeRefusingJwksServer();
    private final Clock clock = Clock.systemUTC();
    private final Authentication auth = Authentication.create(
            AuthConfig.of("http://todo.test", "http://todo.test")
                    .withExternal(
                            new ExternalIssuerConfig(betterAuth.jwksUrl(), betterAuth.baseUrl(), betterAuth.baseUrl())),
            new InMemorySigningKeyRepository(),
            clock);
    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final TodoHttpServer server = new TodoHttpServer(
            HttpConfig.defaults(0),
            ApplicationServices.over(
                    tasks,
                    tasks.changeLog(),
                    new ChangeFeed(tasks.changeLog(), Duration.ofSeconds(15)),
                    new InMemoryUserRepository(),
                    new InMemorySessionRepository(clock),
                    auth.passwordHasher(),
                    LeakedPasswords.bundled(),
                    auth.tokenIssuer(),
                    new SessionPolicy(SessionPolicy.DEFAULT_SESSION_TTL, AuthConfig.DEFAULT_TOKEN_TTL),
                    RecurrenceExpander.NONE,
                    clock),
            auth.tokenVerifier(),
            () -> auth.jwks().document(),
            () -> true);
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port = server.start();

    @AfterEach
    void stop() {
        server.stop();
        betterAuth.close();
    }

    @Test
    void better_auth_tokens_signed_with_eddsa_es256_and_rs256_work_against_a_next_js_like_jwks() throws Exception {
        List<TestKey> keys = List.of(TestKey.ed25519("ed"), TestKey.es256("p256"), TestKey.rs256("rsa"));
        betterAuth.serve(keys.stream().map(TestKey::publicJwk).toList());

        for (TestKey key : keys) {
            String user = "ba-" + key.kid();
            String token = betterAuthToken(key, user);

            HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/" + user + "/tasks"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"from Next.js\"}")));
            HttpResponse<String> listed = send(
                    HttpRequest.newBuilder(uri("/api/" + user + "/tasks")).header("Authorization", "Bearer " + token));
            HttpResponse<String> me =
                    send(HttpRequest.newBuilder(uri("/api/auth/me")).header("Authorization", "Bearer " + token));

            assertThat(created.statusCode())
                    .as(key.kid() + ": " + created.body())
                    .isEqualTo(201);
            assertThat(listed.statusCode()).as(key.kid()).isEqualTo(200);
            assertThat(json(listed).get(0).get("title").asText()).isEqualTo("from Next.js");
            assertThat(json(me).get("email").asText()).isEqualTo(user + "@example.com");
            assertThat(json(me).get("name").asText()).isEqualTo("Grace Hopper");
        }
        assertThat(betterAuth.dropped()).as("requests offering an upgrade").isZero();
        assertThat(betterAuth.served()).isEqualTo(1);
    }

    /** Better Auth's shape: header alg and kid (no typ); iss = aud = base URL; 15 minutes; the user's fields. */
    private String betterAuthToken(TestKey key, String user) {
        long now = Instant.now().getEpochSecond();
        var claims = new LinkedHashMap<String, Object>();
        claims.put("name", "Grace Hopper");
        claims.put("email", user + "@example.com");
        claims.put("emailVerified", true);
        claims.put("id", user);
        claims.put("sub", user);
        claims.put("iss", betterAuth.baseUrl());
        claims.put("aud", betterAuth.baseUrl());
        claims.put("iat", now);
        claims.put("exp", now + 900);
        return TestTokens.sign(key.signer(), Map.of("alg", key.publicJwk().get("alg"), "kid", key.kid()), claims);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions with two server processes on one PostgreSQL: a refresh token rotates on either instance, a
 * session ended on one is refused by the other within 5 seconds, a spent token presented to the other
 * instance ends the session everywhere, and an idle session expires.
 */
class SessionsAcrossInstancesTest {
    private static final Duration PROPAGATION_BOUND = Duration.ofSeconds(5);

    @TempDir
    Path data;

    /** A session's current tokens. */
    private record Session(String userId, String token, String refreshToken) {}

    @Test
    void sessions_rotate_end_and_detect_reuse_across_two_instances() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment =
                    Map.of("DATABASE_URL", database.url(), "AUTH_ISSUER", "https://todo.example.com");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                var apiA = new ApiClient(a.baseUri());
                var apiB = new ApiClient(b.baseUri());
                String email = "sessions-" + UUID.randomUUID() + "@example.com";
                Session signedUp = signed(apiA.send("POST", "/api/auth/sign-up/email", null, """
                        {"name":"Sam","email":"%s","password":"plum harbor quietly 71"}""".formatted(email)));

                // rotation through B of a token A issued; both answer for the renewed token
                Session renewed = refresh(apiB, signedUp.refreshToken());
                assertThat(listStatus(apiA, renewed)).isEqualTo(200);
                assertThat(listStatus(apiB, renewed)).isEqualTo(200);

                // sign-out on A: refused on A at once, on B within the bound
                assertThat(apiA.send("POST", "/api/auth/sign-out", renewed.token(), null)
                                .status())
                        .isEqualTo(204);
                assertThat(listStatus(apiA, renewed)).isEqualTo(401);
                Duration untilRefusedOnB = timeUntilRefused(apiB, renewed);
                assertThat(untilRefusedOnB).isLessThan(PROPAGATION_BOUND);
                assertThat(apiB.send("POST", "/api/auth/refresh", null, refreshBody(renewed))
                                .status())
                        .isEqualTo(401);

                // reuse: A rotates twice, the first spent token is presented to B, the session ends on both
                Session second = signed(apiB.send("POST", "/api/auth/sign-in/email", null, """
                        {"email":"%s","password":"plum harbor quietly 71"}""".formatted(email)));
                Session rotated =
                        refresh(apiA, refresh(apiA, second.refreshToken()).refreshToken());
                assertThat(apiB.send("POST", "/api/auth/refresh", null, refreshBody(second))
                                .status())
                        .isEqualTo(401);
                assertThat(listStatus(apiB, rotated)).isEqualTo(401);
                assertThat(apiA.send("POST", "/api/auth/refresh", null, refreshBody(rotated))
                                .status())
                        .isEqualTo(401);
                assertThat(timeUntilRefused(apiA, rotated)).isLessThan(PROPAGATION_BOUND);
            } finally {
                a.terminate();
                b.terminate();
            }
        }
    }

    @Test
    void a_session_left_idle_for_its_lifetime_cannot_be_renewed() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            var server = ServerProcess.start(
                    Map.of("DATABASE_URL", database.url(), "AUTH_TOKEN_TTL", "PT1S", "AUTH_SESSION_TTL", "PT3S"));
            try {
                var api = new ApiClient(server.baseUri());
                Session signedUp =
                        signed(api.send("POST", "/api/auth/sign-up/email", null, """
                        {"name":"Ida","email":"idle-%s@example.com","password":"plum harbor quietly 71"}""".formatted(UUID.randomUUID())));
                Session renewed = refresh(api, signedUp.refreshToken()); // a refresh in time extends it

                Thread.sleep(3_500);

                assertThat(api.send("POST", "/api/auth/refresh", null, refreshBody(renewed))
                                .status())
                        .isEqualTo(401);
            } finally {
                server.terminate();
            }
        }
    }

    private static Session signed(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isBetween(200, 201);
        return new Session(
                reply.body().at("/user/id").asText(),
                reply.body().get("token").asText(),
                reply.body().get("refresh_token").asText());
    }

    private static Session refresh(ApiClient api, String refreshToken) {
        return signed(api.send("POST", "/api/auth/refresh", null, "{\"refresh_token\":\"" + refreshToken + "\"}"));
    }

    private static String refreshBody(Session session) {
        return "{\"refresh_token\":\"" + session.refreshToken() + "\"}";
    }

    private static int listStatus(ApiClient api, Session session) {
        return api.send("GET", "/api/" + session.userId() + "/tasks", session.token(), null)
                .status();
    }

    /** How long until {@code api} refuses the session's access token (polled every 50 ms, for at most 10 s). */
    private static Duration timeUntilRefused(ApiClient api, Session session) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            if (listStatus(api, session) == 401) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
        return Duration.ofSeconds(10);
    }
}

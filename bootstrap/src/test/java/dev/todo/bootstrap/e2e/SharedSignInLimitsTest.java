package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one database share the sign-in budgets: guesses spread over both instances
 * are counted together, and the owner signing in from another address is not locked out.
 */
class SharedSignInLimitsTest {
    private static final int GUESSES_ALLOWED = 4;
    private static final String GUESSER = "198.51.100.7";
    private static final String OWNER = "203.0.113.9";

    @TempDir
    Path data;

    @Test
    void guesses_spread_over_two_instances_share_one_budget() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment = Map.of(
                    "DATABASE_URL",
                    database.url(),
                    "AUTH_ISSUER",
                    "https://todo.example.com",
                    "TRUSTED_PROXIES",
                    "127.0.0.1,0:0:0:0:0:0:0:1",
                    "RATE_LIMIT_SIGN_IN_PER_ACCOUNT",
                    GUESSES_ALLOWED + "/PT5M");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                var apiA = new ApiClient(a.baseUri());
                var apiB = new ApiClient(b.baseUri());
                String email = "shared-" + System.nanoTime() + "@example.com";
                assertThat(signUp(apiA, email).status()).isEqualTo(201);
                List<ApiClient> alternating = List.of(apiA, apiB);

                for (int guess = 0; guess < GUESSES_ALLOWED; guess++) {
                    var reply = signIn(alternating.get(guess % 2), email, "wrong guess " + guess, GUESSER);
                    assertThat(reply.status()).as("guess %d", guess).isEqualTo(401);
                }
                assertThat(signIn(apiA, email, "another guess", GUESSER).status())
                        .isEqualTo(429);
                var onB = signIn(apiB, email, "another guess", GUESSER);
                assertThat(onB.status()).isEqualTo(429); // each instance alone would have allowed 4 more
                assertThat(onB.header("Retry-After")).isNotBlank();

                assertThat(signIn(apiB, email, PASSWORD, OWNER).status()).isEqualTo(200);
            } finally {
                a.terminate();
                b.terminate();
            }
        }
    }

    private static final String PASSWORD = "plum harbor quietly 71";

    private static ApiClient.Reply signUp(ApiClient api, String email) {
        return api.send(
                "POST",
                "/api/auth/sign-up/email",
                null,
                "{\"name\":\"Owner\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                Map.of("X-Forwarded-For", OWNER));
    }

    private static ApiClient.Reply signIn(ApiClient api, String email, String password, String from) {
        return api.send(
                "POST",
                "/api/auth/sign-in/email",
                null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                Map.of("X-Forwarded-For", from));
    }
}

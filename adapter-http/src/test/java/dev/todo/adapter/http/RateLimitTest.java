package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sign-in and sign-up budgets per account and per client address, and who the client is behind a proxy. */
class RateLimitTest {
    private static final RateLimit TWO_PER_HOUR = new RateLimit(2, Duration.ofHours(1), 1000);
    private static final RateLimit GENEROUS = new RateLimit(100, Duration.ofSeconds(1), 1000);

    private static ApiResponse signIn(TestServer server, String email, String... forwardedFor) {
        var call = server.api
                .post("/api/auth/sign-in/email")
                .json("{\"email\":\"" + email + "\",\"password\":\"whatever1\"}");
        for (String address : forwardedFor) {
            call.header("X-Forwarded-For", address);
        }
        return call.send();
    }

    @Test
    void an_account_gets_a_limited_number_of_attempts_whatever_the_letter_case() {
        try (var server = TestServer.start(c -> c.withRateLimits(TWO_PER_HOUR, GENEROUS))) {
            assertThat(signIn(server, "eve@example.com").status()).isEqualTo(401);
            assertThat(signIn(server, "EVE@example.com").status()).isEqualTo(401);
            var limited = signIn(server, " Eve@Example.com");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 3600L));
            assertThat(signIn(server, "other@example.com").status()).isEqualTo(401);
        }
    }

    @Test
    void sign_up_attempts_count_against_the_account_too() {
        try (var server = TestServer.start(c -> c.withRateLimits(TWO_PER_HOUR, GENEROUS))) {
            server.signUp("Eve", "eve@example.com");
            assertThat(signIn(server, "eve@example.com").status()).isEqualTo(401);
            assertThat(signIn(server, "eve@example.com").status()).isEqualTo(429);
        }
    }

    @Test
    void a_client_address_gets_a_limited_number_of_attempts_and_forwarded_for_is_ignored_from_untrusted_peers() {
        try (var server = TestServer.start(c -> c.withRateLimits(GENEROUS, TWO_PER_HOUR))) {
            assertThat(signIn(server, "a@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "b@example.com", "10.0.0.2").status()).isEqualTo(401);
            assertThat(signIn(server, "c@example.com", "10.0.0.3").status()).isEqualTo(429);
        }
    }

    @Test
    void behind_a_trusted_proxy_the_forwarded_client_address_is_counted() {
        try (var server = TestServer.start(
                c -> c.withRateLimits(GENEROUS, TWO_PER_HOUR).withTrustedProxies(Set.of("127.0.0.1")))) {
            assertThat(signIn(server, "a@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "b@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "c@example.com", "10.0.0.1").status()).isEqualTo(429);
            // a client cannot escape its budget by prepending addresses: the proxy appends the real one
            assertThat(signIn(server, "d@example.com", "10.9.9.9, 10.0.0.1").status())
                    .isEqualTo(429);
            assertThat(signIn(server, "e@example.com", "10.0.0.2").status()).isEqualTo(401);
        }
    }
}

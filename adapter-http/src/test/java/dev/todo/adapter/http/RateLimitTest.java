package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.guard.RateLimit;
import dev.todo.adapter.http.guard.RateLimits;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Budgets per account, client address and user: sign-in and sign-up attempts and every API route, the
 * 429 with Retry-After and the RateLimit headers, and who the client is behind a proxy.
 */
class RateLimitTest {
    private static final RateLimit TWO_PER_HOUR = new RateLimit(2, Duration.ofHours(1), 1000);
    private static final RateLimit GENEROUS = new RateLimit(100, Duration.ofSeconds(1), 1000);
    private static final RateLimits ACCOUNT_TWO_PER_HOUR = new RateLimits(TWO_PER_HOUR, GENEROUS, GENEROUS, GENEROUS);
    private static final RateLimits ADDRESS_TWO_PER_HOUR = new RateLimits(GENEROUS, TWO_PER_HOUR, GENEROUS, GENEROUS);

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
        try (var server = TestServer.start(c -> c.withRateLimits(ACCOUNT_TWO_PER_HOUR))) {
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
        try (var server = TestServer.start(c -> c.withRateLimits(ACCOUNT_TWO_PER_HOUR))) {
            server.signUp("Eve", "eve@example.com");
            assertThat(signIn(server, "eve@example.com").status()).isEqualTo(401);
            assertThat(signIn(server, "eve@example.com").status()).isEqualTo(429);
        }
    }

    @Test
    void a_client_address_gets_a_limited_number_of_attempts_and_forwarded_for_is_ignored_from_untrusted_peers() {
        try (var server = TestServer.start(c -> c.withRateLimits(ADDRESS_TWO_PER_HOUR))) {
            assertThat(signIn(server, "a@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "b@example.com", "10.0.0.2").status()).isEqualTo(401);
            assertThat(signIn(server, "c@example.com", "10.0.0.3").status()).isEqualTo(429);
        }
    }

    @Test
    void behind_a_trusted_proxy_the_forwarded_client_address_is_counted() {
        try (var server =
                TestServer.start(c -> c.withRateLimits(ADDRESS_TWO_PER_HOUR).withTrustedProxies(Set.of("127.0.0.1")))) {
            assertThat(signIn(server, "a@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "b@example.com", "10.0.0.1").status()).isEqualTo(401);
            assertThat(signIn(server, "c@example.com", "10.0.0.1").status()).isEqualTo(429);
            // a client cannot escape its budget by prepending addresses: the proxy appends the real one
            assertThat(signIn(server, "d@example.com", "10.9.9.9, 10.0.0.1").status())
                    .isEqualTo(429);
            assertThat(signIn(server, "e@example.com", "10.0.0.2").status()).isEqualTo(401);
        }
    }

    @Test
    void a_guesser_is_limited_but_the_owner_signs_in_from_another_address() {
        try (var server =
                TestServer.start(c -> c.withRateLimits(ACCOUNT_TWO_PER_HOUR).withTrustedProxies(Set.of("127.0.0.1")))) {
            server.signUp("Owen", "owen@example.com");
            assertThat(signIn(server, "owen@example.com", "10.6.6.6").status()).isEqualTo(401);
            assertThat(signIn(server, "owen@example.com", "10.6.6.6").status()).isEqualTo(401);
            assertThat(signIn(server, "owen@example.com", "10.6.6.6").status()).isEqualTo(429);

            var owner = server.api
                    .post("/api/auth/sign-in/email")
                    .header("X-Forwarded-For", "10.0.0.7")
                    .json("{\"email\":\"owen@example.com\",\"password\":\"correct horse\"}")
                    .send();

            assertThat(owner.status()).isEqualTo(200);
        }
    }

    @Test
    void every_api_route_is_limited_per_user_with_retry_after_and_rate_limit_headers() {
        var limits = new RateLimits(GENEROUS, GENEROUS, TWO_PER_HOUR, GENEROUS);
        try (var server = TestServer.start(c -> c.withRateLimits(limits))) {
            var ada = server.signUp("Ada", "ada@example.com");
            var bob = server.signUp("Bob", "bob@example.com");

            var first = server.api.get(ada.tasks()).bearer(ada.token()).send();
            assertThat(server.api.get("/api/auth/me").bearer(ada.token()).send().status())
                    .isEqualTo(200);
            var limited = server.api.get(ada.tasks()).bearer(ada.token()).send();

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("RateLimit-Policy"))
                    .hasValueSatisfying(v ->
                            assertThat(v).contains("\"api-user\";q=2;w=3600").contains("\"api-address\";q=100;w=1"));
            assertThat(first.header("RateLimit"))
                    .hasValueSatisfying(v -> assertThat(v).contains("\"api-user\";r=1;t="));
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 3600L));
            assertThat(limited.header("RateLimit"))
                    .hasValueSatisfying(v -> assertThat(v).contains("\"api-user\";r=0;t="));
            assertThat(server.api.get(bob.tasks()).bearer(bob.token()).send().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void every_api_route_is_limited_per_address_even_without_a_token() {
        var limits = new RateLimits(GENEROUS, GENEROUS, GENEROUS, TWO_PER_HOUR);
        try (var server = TestServer.start(c -> c.withRateLimits(limits))) {
            assertThat(server.api.get("/api/auth/jwks").send().status()).isEqualTo(200);
            assertThat(server.api.get("/api/auth/me").send().status()).isEqualTo(401);
            var limited = server.api.get("/api/auth/jwks").send();

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("RateLimit-Policy")).contains("\"api-address\";q=2;w=3600");
            assertThat(server.api.get("/healthz").send().status()).isEqualTo(200);
        }
    }
}

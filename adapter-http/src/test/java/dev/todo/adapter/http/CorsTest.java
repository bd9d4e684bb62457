package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS as a browser front end with {@code withCredentials} (Better Auth's axios client) needs it. */
class CorsTest {
    private static final String ALLOWED = "https://app.example.com";

    @RegisterExtension
    static final SharedServer app = new SharedServer(c -> c.withCorsAllowedOrigins(List.of(ALLOWED)));

    @Test
    void allowed_origins_are_echoed_with_credentials_and_others_get_nothing() {
        var allowed = app.api()
                .get(app.tasks())
                .bearer(app.token())
                .header("Origin", ALLOWED)
                .send();
        var other = app.api()
                .get(app.tasks())
                .bearer(app.token())
                .header("Origin", "https://evil.example")
                .send();

        assertThat(allowed.header("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(allowed.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(allowed.headers("Vary")).contains("Origin");
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void the_headers_clients_read_are_exposed() {
        var response = app.api()
                .post(app.tasks())
                .bearer(app.token())
                .header("Origin", ALLOWED)
                .json("{\"title\":\"exposed\"}")
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(List.of(response.header("Access-Control-Expose-Headers")
                        .orElseThrow()
                        .split(",\\s*")))
                .contains(
                        "Link",
                        "ETag",
                        "Location",
                        "Retry-After",
                        "RateLimit",
                        "RateLimit-Policy",
                        "Preference-Applied",
                        "X-Total-Count");
    }

    @Test
    void errors_to_an_allowed_origin_carry_cors_headers_so_the_browser_can_read_them() {
        var unauthorized = app.api().get(app.tasks()).header("Origin", ALLOWED).send();

        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(unauthorized.header("Access-Control-Allow-Credentials")).contains("true");
    }

    @Test
    void preflights_are_answered_with_credentials_for_allowed_origins_only() {
        var allowed = app.api()
                .method("OPTIONS", app.tasks())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .undocumented()
                .send();
        var other = app.api()
                .method("OPTIONS", app.tasks())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .undocumented()
                .send();

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(allowed.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(allowed.headers("Vary")).contains("Origin");
        assertThat(allowed.header("Access-Control-Allow-Methods").orElseThrow()).contains("PUT");
        assertThat(allowed.header("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization", "If-Match", "Prefer");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.header("Access-Control-Allow-Credentials")).isEmpty();
    }
}

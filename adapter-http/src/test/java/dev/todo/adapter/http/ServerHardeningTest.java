package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.guard.SecurityHeaders;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, CORS, unknown routes and methods, the documents and probes the server publishes. */
class ServerHardeningTest {
    private static final String ALLOWED = "https://app.example.com";
    private static TestServer server;
    private static TestServer.Account alice;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withCorsAllowedOrigins(List.of(ALLOWED)));
        alice = server.signUp("Alice", "alice@example.com");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertSecurityHeaders(ApiResponse response) {
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Referrer-Policy")).contains("no-referrer");
        assertThat(response.header("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.header("Server")).isEmpty();
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() {
        var api = server.api.get(alice.tasks()).bearer(alice.token()).send();
        var error = server.api.get(alice.tasks()).send();
        var ui = server.api.get("/").undocumented().send();
        var missing = server.api.get("/nowhere").undocumented().send();

        for (var response : List.of(api, error, ui, missing)) {
            assertSecurityHeaders(response);
        }
        assertThat(api.header("Cache-Control")).contains("no-store");
        assertThat(error.header("Cache-Control")).contains("no-store");
    }

    @Test
    void the_web_ui_is_served_from_the_classpath_with_the_strict_csp() {
        var ui = server.api.get("/").undocumented().send();

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(ui.body()).contains("<title>Todo</title>");
        assertThat(ui.header("Content-Security-Policy"))
                .contains(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }

    @Test
    void unknown_paths_and_methods_are_problems() {
        var missing = server.api.get("/api/nothing/here/at/all").undocumented().send();
        var wrongMethod = server.api
                .delete(alice.tasks())
                .bearer(alice.token())
                .undocumented()
                .send();
        var trace = server.api.method("TRACE", "/healthz").undocumented().send();

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.body()).doesNotContain("TRACE /healthz");
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_without_internals() {
        var response = server.api
                .get("/api/auth/me")
                .bearer(TestTokens.EXPLODING)
                .undocumented()
                .send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.json().get("status").asInt()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("IllegalStateException", "internal detail", "at dev.todo");
    }

    @Test
    void the_openapi_document_is_served() {
        var response = server.api.get("/openapi.yaml").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ContractValidator.spec());
    }

    @Test
    void health_is_always_ok_and_readiness_follows_the_check() {
        assertThat(server.api.get("/healthz").send().json().get("status").asText())
                .isEqualTo("ok");
        assertThat(server.api.get("/readyz").send().status()).isEqualTo(200);
        server.ready.set(false);
        try {
            var notReady = server.api.get("/readyz").send();
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.header("Retry-After")).isPresent();
            assertThat(server.api.get("/healthz").send().status()).isEqualTo(200);
        } finally {
            server.ready.set(true);
        }
    }
}

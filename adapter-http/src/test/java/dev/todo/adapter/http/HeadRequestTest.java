package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HEAD runs GET's handler: the same authentication, status and headers, without a body. */
class HeadRequestTest {
    private static TestServer server;
    private static TestServer.Account alice;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        alice = server.signUp("Alice", "alice@example.com");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ApiResponse head(String path, String token) {
        var call = server.api.method("HEAD", path).undocumented();
        return token == null ? call.send() : call.bearer(token).send();
    }

    @Test
    void head_on_the_api_needs_the_same_token_as_get() {
        long id = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .json("{\"title\":\"headed\"}")
                .send()
                .json()
                .get("id")
                .asLong();

        var anonymous = head(alice.tasks(), null);
        var anonymousTask = head(alice.tasks() + "/" + id, null);
        var me = head("/api/auth/me", null);
        var authorised = head(alice.tasks() + "/" + id, alice.token());
        var missing = head(alice.tasks() + "/999999", alice.token());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isPresent();
        assertThat(anonymousTask.status()).isEqualTo(401);
        assertThat(me.status()).isEqualTo(401);
        assertThat(authorised.status()).isEqualTo(200);
        assertThat(authorised.header("ETag")).contains("\"1\"");
        assertThat(authorised.body()).isEmpty();
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void head_on_the_probes_follows_readiness() {
        server.ready.set(false);
        try {
            assertThat(head("/readyz", null).status()).isEqualTo(503);
            assertThat(head("/healthz", null).status()).isEqualTo(200);
        } finally {
            server.ready.set(true);
        }
        assertThat(head("/readyz", null).status()).isEqualTo(200);
    }
}

package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HEAD runs GET's handler: the same authentication, status and headers, without a body. */
class HeadRequestTest {
    @RegisterExtension
    static final SharedServer app = new SharedServer();

    private ApiResponse head(String path, String token) {
        var call = app.api().method("HEAD", path).undocumented();
        return token == null ? call.send() : call.bearer(token).send();
    }

    @Test
    void head_on_the_api_needs_the_same_token_as_get() {
        String task = app.createTask("headed");

        var anonymous = head(app.tasks(), null);
        var anonymousTask = head(task, null);
        var me = head("/api/auth/me", null);
        var authorised = head(task, app.token());
        var missing = head(app.tasks() + "/999999", app.token());

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
    void head_on_a_path_without_get_is_a_405_listing_its_methods() {
        var response = head(app.createTask("patched only") + "/complete", app.token());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("PATCH").doesNotContain("GET"));
    }

    @Test
    void head_on_the_probes_follows_readiness() {
        app.server().ready.set(false);
        try {
            assertThat(head("/readyz", null).status()).isEqualTo(503);
            assertThat(head("/healthz", null).status()).isEqualTo(200);
        } finally {
            app.server().ready.set(true);
        }
        assertThat(head("/readyz", null).status()).isEqualTo(200);
    }
}

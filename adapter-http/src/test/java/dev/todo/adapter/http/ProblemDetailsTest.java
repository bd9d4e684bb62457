package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Details of the answers: one title per problem type, instance, Allow on 405, no Content-Type on 204. */
class ProblemDetailsTest {
    private static final String ALLOWED = "https://app.example.com";

    @RegisterExtension
    static final SharedServer app = new SharedServer(c -> c.withCorsAllowedOrigins(List.of(ALLOWED)));

    @Test
    void a_missing_task_and_a_missing_resource_are_the_same_problem_type_with_one_title() {
        var task = app.api().get(app.tasks() + "/999999").bearer(app.token()).send();
        var path = app.api().get("/api/no/such/path").undocumented().send();

        assertThat(task.json().get("type")).isEqualTo(path.json().get("type"));
        assertThat(task.json().get("title").asText())
                .isEqualTo(path.json().get("title").asText());
    }

    @Test
    void every_problem_names_the_path_of_the_request_as_its_instance() {
        var notFound =
                app.api().get(app.tasks() + "/999999").bearer(app.token()).send();
        var unauthorized = app.api().get(app.tasks() + "?limit=2").send();

        assertThat(notFound.json().get("instance").asText()).isEqualTo(app.tasks() + "/999999");
        assertThat(unauthorized.json().get("instance").asText()).isEqualTo(app.tasks());
    }

    @Test
    void a_405_lists_the_allowed_methods() {
        var collection =
                app.api().delete(app.tasks()).bearer(app.token()).undocumented().send();
        var probe = app.api().post("/healthz").undocumented().send();

        assertThat(collection.status()).isEqualTo(405);
        assertThat(List.of(collection.header("Allow").orElseThrow().split(",\\s*")))
                .containsExactlyInAnyOrder("GET", "HEAD", "POST");
        assertThat(probe.status()).isEqualTo(405);
        assertThat(List.of(probe.header("Allow").orElseThrow().split(",\\s*")))
                .containsExactlyInAnyOrder("GET", "HEAD");
        assertThat(collection.json().get("title").asText()).isEqualTo("Method not allowed");
    }

    @Test
    void a_204_has_no_content_type() {
        String task = app.createTask("bye");

        var deleted = app.api().delete(task).bearer(app.token()).send();
        var preflight = app.api()
                .method("OPTIONS", app.tasks())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .undocumented()
                .send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("Content-Type")).isEmpty();
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Content-Type")).isEmpty();
    }
}

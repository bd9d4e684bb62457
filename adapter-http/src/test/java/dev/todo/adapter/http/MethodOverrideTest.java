package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.rest.Routes;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request's method is its request line's: override headers and {@code _method} change nothing. */
class MethodOverrideTest {
    @RegisterExtension
    static final SharedServer app = new SharedServer();

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
    void an_override_header_neither_deletes_a_task_nor_reaches_the_access_log(String header) {
        String task = app.createTask("keep me");
        app.server().observed.clear();

        var get =
                app.api().get(task).bearer(app.token()).header(header, "DELETE").send();
        var post = app.api()
                .post(app.tasks())
                .bearer(app.token())
                .header(header, "DELETE")
                .json("{\"title\":\"posted\"}")
                .send();
        var put = app.api()
                .put(task)
                .bearer(app.token())
                .header(header, "DELETE")
                .json("{\"title\":\"replaced\"}")
                .send();

        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(201);
        assertThat(put.status()).isEqualTo(200);
        assertThat(app.api().get(task).bearer(app.token()).send().status()).isEqualTo(200);
        assertThat(awaitObserved(4))
                .containsExactly(
                        "GET " + Routes.TASK + " 200",
                        "POST " + Routes.TASKS + " 201",
                        "PUT " + Routes.TASK + " 200",
                        "GET " + Routes.TASK + " 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void a_method_parameter_in_the_query_or_form_changes_nothing(String method) {
        String task = app.createTask("keep me");

        var query = app.api()
                .method(method, task + "?_method=DELETE")
                .bearer(app.token())
                .undocumented()
                .send();
        var form = app.api()
                .method(method, task)
                .bearer(app.token())
                .body("application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("_method=DELETE"))
                .undocumented()
                .send();

        assertThat(query.status()).isNotEqualTo(204);
        assertThat(form.status()).isNotEqualTo(204);
        assertThat(app.api().get(task).bearer(app.token()).send().status()).isEqualTo(200);
    }

    /** The access log is told after the answer is sent; wait for it briefly. */
    private static List<String> awaitObserved(int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (app.server().observed.size() < count && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        return List.copyOf(app.server().observed);
    }
}

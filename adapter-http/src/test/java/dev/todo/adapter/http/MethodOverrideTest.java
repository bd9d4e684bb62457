package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request's method is its request line's: override headers and {@code _method} change nothing. */
class MethodOverrideTest {
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

    private String newTask() {
        long id = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .json("{\"title\":\"keep me\"}")
                .send()
                .json()
                .get("id")
                .asLong();
        return alice.tasks() + "/" + id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
    void an_override_header_neither_deletes_a_task_nor_reaches_the_access_log(String header) {
        String task = newTask();
        server.observed.clear();

        var get = server.api
                .get(task)
                .bearer(alice.token())
                .header(header, "DELETE")
                .send();
        var post = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .header(header, "DELETE")
                .json("{\"title\":\"posted\"}")
                .send();
        var put = server.api
                .put(task)
                .bearer(alice.token())
                .header(header, "DELETE")
                .json("{\"title\":\"replaced\"}")
                .send();

        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(201);
        assertThat(put.status()).isEqualTo(200);
        assertThat(server.api.get(task).bearer(alice.token()).send().status()).isEqualTo(200);
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
        String task = newTask();

        var query = server.api
                .method(method, task + "?_method=DELETE")
                .bearer(alice.token())
                .undocumented()
                .send();
        var form = server.api
                .method(method, task)
                .bearer(alice.token())
                .body("application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("_method=DELETE"))
                .undocumented()
                .send();

        assertThat(query.status()).isNotEqualTo(204);
        assertThat(form.status()).isNotEqualTo(204);
        assertThat(server.api.get(task).bearer(alice.token()).send().status()).isEqualTo(200);
    }

    /** The access log is told after the answer is sent; wait for it briefly. */
    private static List<String> awaitObserved(int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (server.observed.size() < count && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        return List.copyOf(server.observed);
    }
}

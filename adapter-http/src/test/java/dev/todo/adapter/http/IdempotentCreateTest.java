package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /tasks with an Idempotency-Key: one task per key, the first answer replayed, other content refused. */
class IdempotentCreateTest {
    private static TestServer server;
    private static TestServer.Account ada;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = server.signUp("Ada", "ada-idempotent@example.com");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiResponse create(String key, String body) {
        return server.api
                .post(ada.tasks())
                .bearer(ada.token())
                .header("Idempotency-Key", key)
                .json(body)
                .send();
    }

    private static int taskCount() {
        return server.api
                .get(ada.tasks() + "?limit=200")
                .bearer(ada.token())
                .send()
                .json()
                .size();
    }

    @Test
    void the_same_key_and_content_answer_the_first_task_again_and_create_nothing() {
        int before = taskCount();
        var first = create("\"order-17\"", "{\"title\":\"Pay the invoice\",\"tags\":[\"work\"]}");
        server.api
                .put(first.header("Location").orElseThrow())
                .bearer(ada.token())
                .json("{\"title\":\"Paid, renamed since\"}")
                .send();

        var again = create("order-17", "{\"tags\":[\"work\"],\"title\":\"Pay the invoice\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.json().get("title").asText()).isEqualTo("Pay the invoice");
        assertThat(taskCount()).isEqualTo(before + 1);
    }

    @Test
    void the_key_with_other_content_is_422_and_changes_nothing() {
        create("order-18", "{\"title\":\"First\"}");
        int before = taskCount();

        var other = create("order-18", "{\"title\":\"Second\"}");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).endsWith("idempotency-key-reused");
        assertThat(taskCount()).isEqualTo(before);
    }

    @Test
    void a_malformed_key_is_400_naming_the_header_and_a_failed_create_leaves_the_key_unused() {
        for (String key : new String[] {"", "with space", "x".repeat(256), "\"\"", "\"a b\""}) {
            var response = create(key, "{\"title\":\"Never\"}");
            assertThat(response.status()).as(key).isEqualTo(400);
            assertThat(response.errorFields()).as(key).containsExactly("Idempotency-Key");
        }
        var invalid = create("order-19", "{\"title\":\"\"}");
        var valid = create("order-19", "{\"title\":\"Now valid\"}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(valid.status()).isEqualTo(201);
        assertThat(valid.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void keys_are_per_user() {
        var bea = server.signUp("Bea", "bea-idempotent@example.com");
        create("shared-key", "{\"title\":\"Ada's\"}");

        var theirs = server.api
                .post(bea.tasks())
                .bearer(bea.token())
                .header("Idempotency-Key", "shared-key")
                .json("{\"title\":\"Bea's\"}")
                .send();

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.json().get("title").asText()).isEqualTo("Bea's");
    }
}

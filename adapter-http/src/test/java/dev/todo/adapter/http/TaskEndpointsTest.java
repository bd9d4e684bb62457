package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaskEndpointsTest {
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

    private ApiResponse create(String json) {
        return server.api.post(alice.tasks()).bearer(alice.token()).json(json).send();
    }

    @Test
    void create_answers_201_with_the_task_location_and_etag() {
        var response = create(
                "{\"title\":\"  Buy milk \",\"description\":\"2 litres\",\"priority\":\"high\",\"due_at\":\"2030-01-31T17:00:00+01:00\",\"tags\":[\"Home\",\"home\",\"errand\"]}");

        assertThat(response.status()).isEqualTo(201);
        var task = response.json();
        assertThat(task.get("title").asText()).isEqualTo("Buy milk");
        assertThat(task.get("user_id").asText()).isEqualTo(alice.id());
        assertThat(task.get("due_at").asText()).isEqualTo("2030-01-31T16:00:00Z");
        assertThat(task.get("tags").toString()).isEqualTo("[\"home\",\"errand\"]");
        assertThat(task.get("completed").asBoolean()).isFalse();
        assertThat(task.get("completed_at").isNull()).isTrue();
        assertThat(response.header("Location"))
                .contains(alice.tasks() + "/" + task.get("id").asLong());
        assertThat(response.header("ETag")).contains("\"1\"");
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void get_returns_the_task_with_its_etag() {
        long id = create("{\"title\":\"Read\"}").json().get("id").asLong();

        var response =
                server.api.get(alice.tasks() + "/" + id).bearer(alice.token()).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asLong()).isEqualTo(id);
        assertThat(response.json().get("description").isNull()).isTrue();
        assertThat(response.header("ETag")).contains("\"1\"");
    }
}

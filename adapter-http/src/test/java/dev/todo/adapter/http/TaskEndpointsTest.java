package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.FaultyTaskRepository.Fault;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void heal() {
        server.tasks.fail(Fault.NONE);
    }

    private ApiResponse create(String json) {
        return server.api.post(alice.tasks()).bearer(alice.token()).json(json).send();
    }

    private long createId(String title) {
        return create("{\"title\":\"" + title + "\"}").json().get("id").asLong();
    }

    private String task(long id) {
        return alice.tasks() + "/" + id;
    }

    @Test
    void create_answers_201_with_the_task_location_and_etag() {
        var response = create("{\"title\":\"  Buy milk \",\"description\":\"2 litres\",\"priority\":\"high\","
                + "\"due_at\":\"2030-01-31T17:00:00+01:00\",\"tags\":[\"Home\",\"home\",\"errand\"]}");

        assertThat(response.status()).isEqualTo(201);
        var task = response.json();
        assertThat(task.get("title").asText()).isEqualTo("Buy milk");
        assertThat(task.get("user_id").asText()).isEqualTo(alice.id());
        assertThat(task.get("priority").asText()).isEqualTo("high");
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
    void create_reports_every_invalid_field_at_once_with_422() {
        var response = create("{\"title\":\" \",\"priority\":\"urgent\",\"due_at\":\"tomorrow\",\"tags\":[\"a b\"]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("title", "priority", "due_at", "tags");
    }

    @Test
    void server_owned_and_unknown_fields_are_refused_with_422_naming_them() {
        var response = create(
                "{\"title\":\"x\",\"id\":7,\"user_id\":\"someone\",\"version\":3,"
                        + "\"completed_at\":null,\"created_at\":\"2020-01-01T00:00:00Z\",\"updated_at\":null,\"colour\":\"red\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder(
                        "id", "user_id", "version", "completed_at", "created_at", "updated_at", "colour");
    }

    @Test
    void a_field_of_the_wrong_json_type_is_a_400_naming_it() {
        var response = create("{\"title\":5,\"tags\":\"home\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("title", "tags");
    }

    @Test
    void get_returns_the_task_with_its_etag_and_404_for_a_missing_one() {
        long id = createId("Read");

        var found = server.api.get(task(id)).bearer(alice.token()).send();
        var missing = server.api.get(task(999_999)).bearer(alice.token()).send();

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asLong()).isEqualTo(id);
        assertThat(found.json().get("description").isNull()).isTrue();
        assertThat(found.header("ETag")).contains("\"1\"");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void a_task_id_that_is_not_a_positive_integer_is_a_400() {
        assertThat(server.api
                        .get(alice.tasks() + "/abc")
                        .bearer(alice.token())
                        .send()
                        .errorFields())
                .containsExactly("id");
        assertThat(server.api
                        .get(alice.tasks() + "/0")
                        .bearer(alice.token())
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void put_replaces_every_editable_field_and_bumps_the_etag() {
        long id = create("{\"title\":\"Old\",\"description\":\"d\",\"priority\":\"low\",\"tags\":[\"a\"]}")
                .json()
                .get("id")
                .asLong();

        var response = server.api
                .put(task(id))
                .bearer(alice.token())
                .json("{\"title\":\"New\"}")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("title").asText()).isEqualTo("New");
        assertThat(response.json().get("description").isNull()).isTrue();
        assertThat(response.json().get("priority").isNull()).isTrue();
        assertThat(response.json().get("tags").size()).isZero();
        assertThat(response.header("ETag")).contains("\"2\"");
    }

    @Test
    void put_refuses_an_invalid_body_and_a_missing_task() {
        long id = createId("Keep");

        var invalid = server.api.put(task(id)).bearer(alice.token()).json("{}").send();
        var missing = server.api
                .put(task(999_999))
                .bearer(alice.token())
                .json("{\"title\":\"x\"}")
                .send();

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactly("title");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void if_match_applies_a_change_only_to_the_named_version() {
        long id = createId("Guarded");

        var stale = server.api
                .put(task(id))
                .bearer(alice.token())
                .header("If-Match", "\"7\"")
                .json("{\"title\":\"x\"}")
                .send();
        var weak = server.api
                .put(task(id))
                .bearer(alice.token())
                .header("If-Match", "W/\"1\"")
                .json("{\"title\":\"x\"}")
                .send();
        var current = server.api
                .put(task(id))
                .bearer(alice.token())
                .header("If-Match", "\"1\"")
                .json("{\"title\":\"y\"}")
                .send();
        var anyOf = server.api
                .patch(task(id) + "/complete")
                .bearer(alice.token())
                .header("If-Match", "\"9\", \"2\"")
                .send();
        var star = server.api
                .delete(task(id))
                .bearer(alice.token())
                .header("If-Match", "*")
                .send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(weak.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).contains("\"2\"");
        assertThat(anyOf.status()).isEqualTo(200);
        assertThat(anyOf.header("ETag")).contains("\"3\"");
        assertThat(star.status()).isEqualTo(204);
    }

    @Test
    void delete_answers_204_then_404_and_honours_if_match() {
        long id = createId("Bin");

        var mismatch = server.api
                .delete(task(id))
                .bearer(alice.token())
                .header("If-Match", "\"2\"")
                .send();
        var deleted = server.api
                .delete(task(id))
                .bearer(alice.token())
                .header("If-Match", "\"1\"")
                .send();
        var again = server.api.delete(task(id)).bearer(alice.token()).send();

        assertThat(mismatch.status()).isEqualTo(412);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void patch_complete_toggles_without_a_body_and_sets_with_one() {
        long id = createId("Toggle");
        String path = task(id) + "/complete";

        var done = server.api.patch(path).bearer(alice.token()).send();
        var stillDone = server.api
                .patch(path)
                .bearer(alice.token())
                .json("{\"completed\":true}")
                .send();
        var reopened = server.api
                .patch(path)
                .bearer(alice.token())
                .json("{\"completed\":null}")
                .send();
        var wrongType = server.api
                .patch(path)
                .bearer(alice.token())
                .json("{\"completed\":\"yes\"}")
                .send();
        var unknown = server.api
                .patch(path)
                .bearer(alice.token())
                .json("{\"done\":true}")
                .send();
        var missing = server.api
                .patch(task(999_999) + "/complete")
                .bearer(alice.token())
                .send();

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("completed").asBoolean()).isTrue();
        assertThat(done.json().get("completed_at").isNull()).isFalse();
        assertThat(stillDone.header("ETag")).isEqualTo(done.header("ETag"));
        assertThat(reopened.json().get("completed").asBoolean()).isFalse();
        assertThat(reopened.json().get("completed_at").isNull()).isTrue();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("done");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void an_unavailable_store_is_a_503_with_retry_after_on_every_task_endpoint() {
        long id = createId("Down");
        server.tasks.fail(Fault.UNAVAILABLE);

        List<ApiResponse> responses = new ArrayList<>();
        responses.add(server.api.get(alice.tasks()).bearer(alice.token()).send());
        responses.add(create("{\"title\":\"x\"}"));
        responses.add(server.api.get(task(id)).bearer(alice.token()).send());
        responses.add(server.api
                .put(task(id))
                .bearer(alice.token())
                .json("{\"title\":\"x\"}")
                .send());
        responses.add(
                server.api.patch(task(id) + "/complete").bearer(alice.token()).send());
        responses.add(server.api.delete(task(id)).bearer(alice.token()).send());

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.header("Retry-After")).contains("5");
        });
    }
}

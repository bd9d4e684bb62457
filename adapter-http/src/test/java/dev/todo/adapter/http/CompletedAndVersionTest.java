package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The v2 task fields: {@code completed} in POST and PUT bodies, the read-only {@code version}. */
class CompletedAndVersionTest {
    @RegisterExtension
    static final SharedServer app = new SharedServer();

    private ApiResponse create(String json) {
        return app.api().post(app.tasks()).bearer(app.token()).json(json).send();
    }

    private ApiResponse put(long id, String json) {
        return app.api()
                .put(app.tasks() + "/" + id)
                .bearer(app.token())
                .json(json)
                .send();
    }

    private JsonNode listItem(long id) {
        for (JsonNode task :
                app.api().get(app.tasks()).bearer(app.token()).send().json()) {
            if (task.get("id").asLong() == id) {
                return task;
            }
        }
        throw new AssertionError("task " + id + " is not listed");
    }

    @Test
    void create_accepts_completed_as_the_hackathon_front_end_sends_it() {
        var pending = create("{\"title\":\"from the front end\",\"completed\":false}");
        var done = create("{\"title\":\"already done\",\"completed\":true}");
        var wrongType = create("{\"title\":\"x\",\"completed\":\"yes\"}");

        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        assertThat(pending.json().get("completed").asBoolean()).isFalse();
        assertThat(pending.json().get("completed_at").isNull()).isTrue();
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.json().get("completed").asBoolean()).isTrue();
        assertThat(done.json().get("completed_at").asText())
                .isEqualTo(done.json().get("created_at").asText());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("completed");
    }

    @Test
    void put_with_completed_sets_the_completion_and_without_it_leaves_it_unchanged() {
        long id = create("{\"title\":\"edit me\"}").json().get("id").asLong();

        JsonNode completed =
                put(id, "{\"title\":\"edited\",\"completed\":true}").json();
        JsonNode untouched = put(id, "{\"title\":\"edited again\"}").json();
        JsonNode reopened =
                put(id, "{\"title\":\"edited\",\"completed\":false}").json();

        assertThat(completed.get("completed").asBoolean()).isTrue();
        assertThat(completed.get("completed_at").isNull()).isFalse();
        assertThat(untouched.get("completed").asBoolean()).isTrue();
        assertThat(untouched.get("completed_at")).isEqualTo(completed.get("completed_at"));
        assertThat(reopened.get("completed").asBoolean()).isFalse();
        assertThat(reopened.get("completed_at").isNull()).isTrue();
    }

    @Test
    void version_is_the_value_the_etag_carries_in_every_representation() {
        var created = create("{\"title\":\"versioned\"}");
        long id = created.json().get("id").asLong();
        var replaced = put(id, "{\"title\":\"versioned twice\"}");

        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(replaced.json().get("version").asLong()).isEqualTo(2);
        assertThat(replaced.header("ETag")).contains("\"2\"");
        assertThat(listItem(id).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_list_item_can_be_changed_with_if_match_built_from_its_version() {
        long id = create("{\"title\":\"guarded\"}").json().get("id").asLong();
        long version = listItem(id).get("version").asLong();

        var changed = app.api()
                .put(app.tasks() + "/" + id)
                .bearer(app.token())
                .header("If-Match", "\"" + version + "\"")
                .json("{\"title\":\"guarded, changed\"}")
                .send();

        assertThat(changed.status()).isEqualTo(200);
    }

    @Test
    void version_is_read_only() {
        var response = create("{\"title\":\"x\",\"version\":9}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("version");
    }
}

package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code remind_at} in task bodies (specs/007 FR-720, FR-730, FR-731), and its alias {@code reminder_time}. */
class ReminderFieldsTest {
    private static final String AT = "2031-05-04T09:30:00Z";

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

    @Test
    void a_reminder_time_is_kept_and_shown_under_its_one_name_whichever_name_set_it() {
        JsonNode plain = create("{\"title\":\"plain\"}").json();
        JsonNode canonical =
                create("{\"title\":\"call\",\"remind_at\":\"" + AT + "\"}").json();
        JsonNode aliased = create("{\"title\":\"call\",\"reminder_time\":\"2031-05-04T11:30:00+02:00\"}")
                .json();

        assertThat(plain.get("remind_at").isNull()).isTrue();
        assertThat(canonical.get("remind_at").asText()).isEqualTo(AT);
        assertThat(aliased.get("remind_at").asText()).isEqualTo(AT);
        assertThat(aliased.has("reminder_time")).isFalse();
    }

    @Test
    void both_names_with_different_times_or_a_time_out_of_range_are_refused_naming_the_field() {
        var conflicting =
                create("{\"title\":\"x\",\"remind_at\":\"" + AT + "\",\"reminder_time\":\"2031-05-04T09:31:00Z\"}");
        var agreeing = create("{\"title\":\"x\",\"remind_at\":\"" + AT + "\",\"reminder_time\":\"" + AT + "\"}");
        var ancient = create("{\"title\":\"x\",\"remind_at\":\"1850-01-01T00:00:00Z\"}");
        var notATime = create("{\"title\":\"x\",\"remind_at\":\"tomorrow\"}");

        assertThat(conflicting.status()).isEqualTo(422);
        assertThat(conflicting.errorFields()).containsExactly("reminder_time");
        assertThat(agreeing.status()).isEqualTo(201);
        assertThat(ancient.status()).isEqualTo(422);
        assertThat(ancient.errorFields()).containsExactly("remind_at");
        assertThat(notATime.status()).isIn(400, 422);
        assertThat(notATime.errorFields()).containsExactly("remind_at");
    }

    @Test
    void a_put_without_the_field_keeps_the_reminder_and_null_clears_it() {
        long id = create("{\"title\":\"call\",\"remind_at\":\"" + AT + "\"}")
                .json()
                .get("id")
                .asLong();

        JsonNode kept = put(id, "{\"title\":\"call Ada\"}").json();
        JsonNode moved = put(id, "{\"title\":\"call Ada\",\"reminder_time\":\"2031-05-05T09:30:00Z\"}")
                .json();
        JsonNode cleared =
                put(id, "{\"title\":\"call Ada\",\"remind_at\":null}").json();

        assertThat(kept.get("remind_at").asText()).isEqualTo(AT);
        assertThat(moved.get("remind_at").asText()).isEqualTo("2031-05-05T09:30:00Z");
        assertThat(cleared.get("remind_at").isNull()).isTrue();
    }
}

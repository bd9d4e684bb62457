package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.todo.bootstrap.TodoApplication;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeating tasks through the whole service (specs/007 FR-701…FR-717, FR-730): the fields and their
 * errors, the next occurrence created by completing one (once, however many completions race), its place in
 * the change log, and PUTs from clients that do not know the fields. Every answer is checked against the
 * OpenAPI contract.
 */
class RecurringTasksTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path data;

    private static TodoApplication app;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        app = TodoApplication.start(Map.of(
                "PORT",
                "0",
                "MANAGEMENT_PORT",
                "0",
                "TODO_DATA_DIR",
                data.toString(),
                "MAX_REQUESTS_PER_ADDRESS",
                "500"));
        api = new ApiClient(app.baseUri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Next Monday, 09:00 in Berlin. */
    private static Instant nextMondayNine() {
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return ZonedDateTime.of(monday, LocalTime.of(9, 0), BERLIN).toInstant();
    }

    private static String tasks(ApiClient.Account account) {
        return "/api/" + account.userId() + "/tasks";
    }

    @Test
    void completing_an_occurrence_answers_the_next_one_created_once_however_many_completions_race() throws Exception {
        var ada = api.signUp();
        Instant due = nextMondayNine();
        var created = api.send("POST", tasks(ada), ada.token(), """
                {"title":"Stand-up","due_at":"%s","remind_at":"%s","recurrence":"rrule:freq=weekly;byday=we,mo",
                 "time_zone":"Europe/Berlin"}""".formatted(due, due.minusSeconds(600)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode first = created.body();
        assertThat(first.get("recurrence").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE");
        assertThat(first.get("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(first.get("series_id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(first.get("next_occurrence_id").isNull()).isTrue();

        String firstPath = tasks(ada) + "/" + first.get("id").asLong();
        var pool = Executors.newFixedThreadPool(8);
        List<Long> named = new ArrayList<>();
        try {
            List<Callable<ApiClient.Reply>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> api.send("PATCH", firstPath + "/complete", ada.token(), "{\"completed\":true}"));
            }
            for (Future<ApiClient.Reply> reply : pool.invokeAll(racers)) {
                assertThat(reply.get().status()).isEqualTo(200);
                named.add(reply.get().body().get("next_occurrence_id").asLong());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(named).containsOnly(named.get(0));

        JsonNode next = api.get(ada, "/tasks/" + named.get(0)).body();
        Instant wednesday = due.plus(java.time.Duration.ofDays(2));
        assertThat(Instant.parse(next.get("due_at").asText())).isEqualTo(wednesday);
        assertThat(Instant.parse(next.get("remind_at").asText())).isEqualTo(wednesday.minusSeconds(600));
        assertThat(next.get("series_id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(next.get("completed").asBoolean()).isFalse();
        assertThat(next.get("version").asLong()).isEqualTo(1);
        assertThat(api.get(ada, "/tasks").body()).hasSize(2);

        List<String> types = new ArrayList<>();
        api.get(ada, "/changes?since=0")
                .body()
                .forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsExactly("task.created", "task.created", "task.completed");
    }

    @Test
    void a_put_without_the_new_fields_keeps_them_and_null_stops_the_repetition() {
        var ada = api.signUp();
        Instant due = nextMondayNine();
        long id = api.send("POST", tasks(ada), ada.token(), """
                        {"title":"Water plants","due_at":"%s","recurrence_rule":"daily","time_zone":"Europe/Berlin"}""".formatted(due))
                .body()
                .get("id")
                .asLong();

        var renamed = api.send("PUT", tasks(ada) + "/" + id, ada.token(), """
                {"title":"Water the plants","due_at":"%s"}""".formatted(due));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("recurrence").asText()).isEqualTo("FREQ=DAILY");
        assertThat(renamed.body().get("time_zone").asText()).isEqualTo("Europe/Berlin");

        var stopped = api.send("PUT", tasks(ada) + "/" + id, ada.token(), """
                {"title":"Water the plants","due_at":"%s","recurrence":null}""".formatted(due));
        assertThat(stopped.body().get("recurrence").isNull()).isTrue();
        assertThat(stopped.body().get("series_id").asLong()).isEqualTo(id);
        var completed = api.send("PATCH", tasks(ada) + "/" + id + "/complete", ada.token(), null);
        assertThat(completed.body().get("next_occurrence_id").isNull()).isTrue();
        assertThat(api.get(ada, "/tasks").body()).hasSize(1);
    }

    @Test
    void refused_rules_name_the_wrong_part_and_change_nothing() {
        var ada = api.signUp();
        Instant due = nextMondayNine();
        var wrongDay = api.send("POST", tasks(ada), ada.token(), """
                {"title":"x","due_at":"%s","recurrence":"FREQ=WEEKLY;BYDAY=XX"}""".formatted(due));
        assertThat(wrongDay.status()).isEqualTo(422);
        assertThat(wrongDay.body().at("/errors/0/field").asText()).isEqualTo("recurrence");
        assertThat(wrongDay.body().at("/errors/0/part").asText()).isEqualTo("BYDAY");

        var noDue = api.send("POST", tasks(ada), ada.token(), "{\"title\":\"x\",\"recurrence\":\"daily\"}");
        assertThat(noDue.status()).isEqualTo(422);
        assertThat(noDue.body().at("/errors/0/field").asText()).isEqualTo("recurrence");

        var offset = api.send("POST", tasks(ada), ada.token(), """
                {"title":"x","due_at":"%s","recurrence":"daily","time_zone":"+01:00"}""".formatted(due));
        assertThat(offset.body().at("/errors/0/field").asText()).isEqualTo("time_zone");

        var createdDone = api.send("POST", tasks(ada), ada.token(), """
                {"title":"x","due_at":"%s","recurrence":"daily","completed":true}""".formatted(due));
        assertThat(createdDone.status()).isEqualTo(422);
        assertThat(createdDone.body().at("/errors/0/field").asText()).isEqualTo("completed");

        var aliases = api.send("POST", tasks(ada), ada.token(), """
                {"title":"x","due_at":"%s","recurrence":"daily","recurrence_rule":"weekly"}""".formatted(due));
        assertThat(aliases.body().at("/errors/0/field").asText()).isEqualTo("recurrence_rule");

        var serverOwned = api.send("POST", tasks(ada), ada.token(), "{\"title\":\"x\",\"series_id\":3}");
        assertThat(serverOwned.status()).isEqualTo(422);

        assertThat(api.get(ada, "/tasks").body()).isEmpty();
    }

    @Test
    void a_date_without_a_time_makes_an_all_day_task_whose_series_steps_by_dates() {
        var ada = api.signUp();
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var created = api.send("POST", tasks(ada), ada.token(), """
                {"title":"Bins out","due_at":"%s","time_zone":"Europe/Berlin","recurrence":"weekly"}""".formatted(monday));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("all_day").asBoolean()).isTrue();
        assertThat(Instant.parse(created.body().get("due_at").asText()))
                .isEqualTo(monday.atStartOfDay(BERLIN).toInstant());
        long id = created.body().get("id").asLong();

        var renamed = api.send("PUT", tasks(ada) + "/" + id, ada.token(), """
                {"title":"Bins out (blue)","due_at":"%s"}""".formatted(
                        created.body().get("due_at").asText()));
        assertThat(renamed.body().get("all_day").asBoolean()).isTrue();

        var completed = api.send("PATCH", tasks(ada) + "/" + id + "/complete", ada.token(), null);
        JsonNode next = api.get(
                        ada,
                        "/tasks/" + completed.body().get("next_occurrence_id").asLong())
                .body();
        assertThat(next.get("all_day").asBoolean()).isTrue();
        assertThat(Instant.parse(next.get("due_at").asText()))
                .isEqualTo(monday.plusWeeks(1).atStartOfDay(BERLIN).toInstant());

        var noDate = api.send("POST", tasks(ada), ada.token(), "{\"title\":\"x\",\"all_day\":true}");
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.body().at("/errors/0/field").asText()).isEqualTo("all_day");
        var notADate = api.send("POST", tasks(ada), ada.token(), "{\"title\":\"x\",\"due_at\":\"2026-02-30\"}");
        assertThat(notADate.body().at("/errors/0/field").asText()).isEqualTo("due_at");
    }
}

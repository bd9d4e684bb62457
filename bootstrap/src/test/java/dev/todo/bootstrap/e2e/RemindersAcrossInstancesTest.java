package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.todo.adapter.http.EventStreamClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders with two server processes polling one PostgreSQL (specs/007 FR-722…FR-724): each due reminder
 * is written once to the change log, at most 5 s after its time, and reaches a stream on either instance;
 * one moved or completed before its time does not fire.
 */
class RemindersAcrossInstancesTest {
    private static final Duration AT_MOST_LATE = Duration.ofSeconds(5);

    @TempDir
    Path data;

    @Test
    void each_due_reminder_fires_once_within_seconds_while_two_instances_poll() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment = Map.of(
                    "DATABASE_URL", database.url(),
                    "AUTH_ISSUER", "https://todo.example.com",
                    "REMINDER_POLL_INTERVAL", "PT0.5S");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                var api = new ApiClient(a.baseUri());
                var ada = api.signUp();
                String tasks = "/api/" + ada.userId() + "/tasks";
                Instant remindAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
                List<Long> reminded = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    reminded.add(create(api, ada, tasks, "call " + i, remindAt));
                }
                long completed = create(api, ada, tasks, "completed before", remindAt);
                long moved = create(api, ada, tasks, "moved later", remindAt);
                assertThat(api.send("PATCH", tasks + "/" + completed + "/complete", ada.token(), null)
                                .status())
                        .isEqualTo(200);
                assertThat(api.send(
                                        "PUT",
                                        tasks + "/" + moved,
                                        ada.token(),
                                        "{\"title\":\"moved later\",\"remind_at\":\"" + remindAt.plusSeconds(3600)
                                                + "\"}")
                                .status())
                        .isEqualTo(200);

                String events = "/api/" + ada.userId() + "/events";
                try (var stream = EventStreamClient.open(b.baseUri(), events, ada.token(), Optional.empty())) {
                    assertThat(stream.status()).isEqualTo(200);
                    List<EventStreamClient.Event> due = new ArrayList<>();
                    while (due.size() < reminded.size()) {
                        var event = stream.nextEvent(Duration.ofSeconds(15)).orElseThrow();
                        if (event.type().equals("reminder.due")) {
                            due.add(event);
                        }
                    }
                    assertThat(Duration.between(remindAt, Instant.now())).isLessThan(AT_MOST_LATE);
                }
                Thread.sleep(2_000); // both instances have polled again since

                var log = api.get(ada, "/changes?since=0&limit=1000");
                List<Long> firedFor = new ArrayList<>();
                for (JsonNode entry : log.body()) {
                    if (entry.get("type").asText().equals("reminder.due")) {
                        firedFor.add(entry.get("task_id").asLong());
                        Instant at = Instant.parse(entry.get("at").asText());
                        assertThat(at).isAfterOrEqualTo(remindAt).isBefore(remindAt.plus(AT_MOST_LATE));
                        assertThat(Instant.parse(entry.at("/task/remind_at").asText()))
                                .isEqualTo(remindAt);
                    }
                }
                assertThat(firedFor).containsExactlyInAnyOrderElementsOf(reminded);
            } finally {
                a.terminate();
                b.terminate();
            }
        }
    }

    /**
     * One instance is killed (SIGKILL) just as twenty reminders come due, possibly in the middle of firing
     * them: whatever it had not committed rolls back, and the other instance fires every reminder once,
     * within 5 s of its time (FR-723).
     */
    @Test
    void reminders_due_as_an_instance_is_killed_fire_once_from_the_other() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment = Map.of(
                    "DATABASE_URL", database.url(),
                    "AUTH_ISSUER", "https://todo.example.com",
                    "REMINDER_POLL_INTERVAL", "PT0.1S");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                var api = new ApiClient(b.baseUri());
                var ada = api.signUp();
                String tasks = "/api/" + ada.userId() + "/tasks";
                Instant remindAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
                List<Long> reminded = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    reminded.add(create(api, ada, tasks, "due " + i, remindAt));
                }
                Thread.sleep(
                        Math.max(0, Duration.between(Instant.now(), remindAt).toMillis()));
                a.kill();

                List<Long> firedFor = new ArrayList<>();
                Instant deadline = remindAt.plus(AT_MOST_LATE).plusSeconds(2);
                while (Instant.now().isBefore(deadline)) {
                    firedFor.clear();
                    for (JsonNode entry :
                            api.get(ada, "/changes?since=0&limit=1000").body()) {
                        if (entry.get("type").asText().equals("reminder.due")) {
                            firedFor.add(entry.get("task_id").asLong());
                            assertThat(Instant.parse(entry.get("at").asText())).isBefore(remindAt.plus(AT_MOST_LATE));
                        }
                    }
                    if (firedFor.size() >= reminded.size()) {
                        break;
                    }
                    Thread.sleep(200);
                }
                Thread.sleep(1_000); // b has polled several times since
                firedFor.clear();
                for (JsonNode entry :
                        api.get(ada, "/changes?since=0&limit=1000").body()) {
                    if (entry.get("type").asText().equals("reminder.due")) {
                        firedFor.add(entry.get("task_id").asLong());
                    }
                }
                assertThat(firedFor).containsExactlyInAnyOrderElementsOf(reminded);
            } finally {
                b.terminate();
            }
        }
    }

    private static long create(ApiClient api, ApiClient.Account who, String tasks, String title, Instant remindAt) {
        var reply = api.send(
                "POST", tasks, who.token(), "{\"title\":\"" + title + "\",\"remind_at\":\"" + remindAt + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }
}

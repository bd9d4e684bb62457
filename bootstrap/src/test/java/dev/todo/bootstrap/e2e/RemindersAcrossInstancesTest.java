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

    private static long create(ApiClient api, ApiClient.Account who, String tasks, String title, Instant remindAt) {
        var reply = api.send(
                "POST", tasks, who.token(), "{\"title\":\"" + title + "\",\"remind_at\":\"" + remindAt + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.todo.adapter.http.EventStreamClient;
import dev.todo.adapter.postgres.PgBouncer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL: a change made through one reaches an event stream held on the other
 * within a second, directly and through PgBouncer in transaction mode with the listener on DATABASE_DIRECT_URL.
 */
class EventsAcrossInstancesTest {
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    Path data;

    /** A folder of its own: PgBouncer runs as the postgres account and must reach it. */
    @TempDir
    Path bouncerFolder;

    @Test
    void a_change_through_one_instance_reaches_a_stream_on_the_other_within_a_second() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment =
                    Map.of("DATABASE_URL", database.url(), "AUTH_ISSUER", "https://todo.example.com");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                assertChangesCrossInstances(a, b);
            } finally {
                a.terminate();
                b.terminate();
            }
        }
    }

    @Test
    void through_pgbouncer_in_transaction_mode_the_listener_uses_the_direct_url() throws Exception {
        Optional<Path> binary = PgBouncer.binary();
        assumeTrue(binary.isPresent(), "pgbouncer is not installed (apt-get install pgbouncer)");
        try (var database = new ExternalDatabase(data)) {
            // the first instance migrates on the direct connection
            var b = ServerProcess.start(
                    Map.of("DATABASE_URL", database.url(), "AUTH_ISSUER", "https://todo.example.com"));
            try (var bouncer = PgBouncer.start(binary.get(), bouncerFolder, database.port(), "", 4)) {
                String pooled = "postgresql://postgres@127.0.0.1:" + bouncer.port() + "/" + PgBouncer.DATABASE
                        + (bouncer.tracksPreparedStatements() ? "" : "?prepareThreshold=0");
                var a = ServerProcess.start(Map.of(
                        "DATABASE_URL",
                        pooled,
                        "DATABASE_DIRECT_URL",
                        database.url(),
                        "AUTH_ISSUER",
                        "https://todo.example.com"));
                try {
                    assertChangesCrossInstances(b, a);
                } finally {
                    a.terminate();
                }
            } finally {
                b.terminate();
            }
        }
    }

    /** Five tasks created through {@code writer}, each seen within a second on a stream held by {@code reader}. */
    private static void assertChangesCrossInstances(ServerProcess writer, ServerProcess reader) throws Exception {
        var api = new ApiClient(writer.baseUri());
        var ada = api.signUp();
        String events = "/api/" + ada.userId() + "/events";
        try (var stream = EventStreamClient.open(reader.baseUri(), events, ada.token(), Optional.empty())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextLine(Duration.ofSeconds(5)))
                    .hasValueSatisfying(line -> assertThat(line).startsWith("retry: "));
            List<Duration> delays = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                long sent = System.nanoTime();
                assertThat(api.createTask(ada, "task " + i).status()).isEqualTo(201);
                var event = stream.nextEvent(Duration.ofSeconds(5)).orElseThrow();
                delays.add(Duration.ofNanos(System.nanoTime() - sent));
                ids.add(Long.parseLong(event.id()));
                assertThat(event.type()).isEqualTo("task.created");
                assertThat(event.data()).contains("\"title\":\"task " + i + "\"");
            }
            assertThat(delays)
                    .as("from the create's answer to the event on the other instance")
                    .allSatisfy(delay -> assertThat(delay).isLessThan(WITHIN));
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            try (var resumed = EventStreamClient.open(writer.baseUri(), events, ada.token(), Optional.of(ids.get(1)))) {
                assertThat(resumed.events(3, Duration.ofSeconds(5)))
                        .extracting(event -> Long.parseLong(event.id()))
                        .containsExactlyElementsOf(ids.subList(2, 5));
            }
        }
    }
}

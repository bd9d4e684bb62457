package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL purge the expired trash by one housekeeping run per period
 * between them (not one each), and a task stays restorable until its retention has passed.
 */
class HousekeepingAcrossInstancesTest {
    @TempDir
    Path data;

    @Test
    void expired_trash_is_purged_by_one_run_per_period_across_two_instances() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment = Map.of(
                    "DATABASE_URL",
                    database.url(),
                    "AUTH_ISSUER",
                    "https://todo.example.com",
                    "TRASH_RETENTION",
                    "PT3S",
                    "HOUSEKEEPING_INTERVAL",
                    "PT1S");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            try {
                var api = new ApiClient(a.baseUri());
                var ada = api.signUp();
                String task =
                        api.createTask(ada, "Purged in time").body().get("id").asText();
                assertThat(api.send("DELETE", "/api/" + ada.userId() + "/tasks/" + task, ada.token(), null)
                                .status())
                        .isEqualTo(204);
                int runsBefore = runs(a) + runs(b);
                long start = System.nanoTime();

                assertThat(trashSize(new ApiClient(b.baseUri()), ada))
                        .as("restorable at first")
                        .isEqualTo(1);
                while (trashSize(api, ada) > 0
                        && System.nanoTime() - start < Duration.ofSeconds(15).toNanos()) {
                    Thread.sleep(200);
                }
                Duration untilPurged = Duration.ofNanos(System.nanoTime() - start);
                Thread.sleep(3_000);
                Duration watched = Duration.ofNanos(System.nanoTime() - start);
                int runs = runs(a) + runs(b) - runsBefore;

                assertThat(trashSize(api, ada)).isZero();
                assertThat(untilPurged).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8));
                // one run a second between both (a run takes some milliseconds); each alone would make it two
                assertThat(runs).isBetween(2, (int) watched.toSeconds() + 2);
            } finally {
                a.terminate();
                b.terminate();
            }
        }
    }

    private static int trashSize(ApiClient api, ApiClient.Account who) {
        var reply = api.send("GET", "/api/" + who.userId() + "/trash", who.token(), null);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.body().size();
    }

    private static int runs(ServerProcess server) {
        return (int) server.output().stream()
                .filter(line -> line.contains("housekeeping: purged"))
                .count();
    }
}

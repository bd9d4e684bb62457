package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.todo.bootstrap.TodoApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the database goes away requests fail fast with 503, and the service heals when it returns. */
class DatabaseOutageTest {
    private static final Duration ANSWER_DURING_OUTAGE = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    private record Call(String method, String path, String body) {}

    @TempDir
    Path data;

    @Test
    void an_outage_answers_503_with_retry_after_and_the_service_recovers_by_itself() throws Exception {
        try (var database = new ExternalDatabase(data);
                var app = TodoApplication.start(Map.of(
                        "PORT", "0", "MANAGEMENT_PORT", "0", "DATABASE_URL", database.url(), "DB_POOL_SIZE", "4"))) {
            var api = new ApiClient(app.baseUri());
            var ada = api.signUp();
            String id =
                    api.createTask(ada, "Before the outage").body().get("id").asText();

            database.stop();
            // SC-006: every API request answers 503 within 5 s while the database is down
            String tasks = "/api/" + ada.userId() + "/tasks";
            List<Call> calls = List.of(
                    new Call("GET", tasks, null),
                    new Call("GET", tasks + "/" + id, null),
                    new Call("PATCH", tasks + "/" + id + "/complete", null),
                    new Call("POST", tasks, "{\"title\":\"During the outage\"}"));
            for (Call call : calls) {
                var duringOutage = assertTimeoutPreemptively(
                        ANSWER_DURING_OUTAGE, () -> api.send(call.method(), call.path(), ada.token(), call.body()));
                assertThat(duringOutage.status())
                        .as("%s %s", call.method(), call.path())
                        .isEqualTo(503);
                assertThat(duringOutage.header("Retry-After")).isNotBlank();
                assertThat(duringOutage.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(api.send("GET", "/readyz", null, null).status()).isEqualTo(503);
            assertThat(api.send("GET", "/healthz", null, null).status()).isEqualTo(200);

            database.start();
            // SC-006: once the database is back, requests succeed again within 10 s, without a restart
            long deadline = System.nanoTime() + RECOVERY.toNanos();
            ApiClient.Reply afterwards = api.get(ada, "/tasks/" + id);
            while (afterwards.status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                afterwards = api.get(ada, "/tasks/" + id);
            }
            assertThat(System.nanoTime()).as("recovered within %s", RECOVERY).isLessThanOrEqualTo(deadline);
            assertThat(afterwards.status()).isEqualTo(200);
            assertThat(afterwards.body().get("title").asText()).isEqualTo("Before the outage");
        }
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.todo.bootstrap.TodoApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the database goes away requests fail fast with 503, and the service heals when it returns. */
class DatabaseOutageTest {
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
            // a hang detector, not a speed target: the service must answer instead of waiting on the pool
            var duringOutage = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> api.get(ada, "/tasks"));
            assertThat(duringOutage.status()).isEqualTo(503);
            assertThat(duringOutage.header("Retry-After")).isNotBlank();
            assertThat(duringOutage.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.send("GET", "/readyz", null, null).status()).isEqualTo(503);
            assertThat(api.send("GET", "/healthz", null, null).status()).isEqualTo(200);

            database.start();
            ApiClient.Reply afterwards = null;
            for (int attempt = 0; attempt < 60; attempt++) {
                afterwards = api.get(ada, "/tasks/" + id);
                if (afterwards.status() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(afterwards.status()).isEqualTo(200);
            assertThat(afterwards.body().get("title").asText()).isEqualTo("Before the outage");
        }
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completions of one occurrence racing on two server processes over one PostgreSQL create exactly one next
 * occurrence (specs/007 FR-711): the row lock that orders them is the database's, not a process's.
 */
class RecurringCompletionAcrossInstancesTest {
    @TempDir
    Path data;

    @Test
    void completions_racing_on_two_instances_create_one_next_occurrence() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            Map<String, String> environment =
                    Map.of("DATABASE_URL", database.url(), "AUTH_ISSUER", "https://todo.example.com");
            var a = ServerProcess.start(environment);
            var b = ServerProcess.start(environment);
            var pool = Executors.newFixedThreadPool(16);
            try {
                var apiA = new ApiClient(a.baseUri());
                var apiB = new ApiClient(b.baseUri());
                var ada = apiA.signUp();
                String tasks = "/api/" + ada.userId() + "/tasks";
                Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
                long id = apiA.send("POST", tasks, ada.token(), """
                                {"title":"Stand-up","due_at":"%s","recurrence":"daily"}""".formatted(due))
                        .body()
                        .get("id")
                        .asLong();

                List<Callable<ApiClient.Reply>> racers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    ApiClient api = i % 2 == 0 ? apiA : apiB;
                    racers.add(() ->
                            api.send("PATCH", tasks + "/" + id + "/complete", ada.token(), "{\"completed\":true}"));
                }
                List<Long> named = new ArrayList<>();
                for (Future<ApiClient.Reply> reply : pool.invokeAll(racers)) {
                    assertThat(reply.get().status()).isEqualTo(200);
                    named.add(reply.get().body().get("next_occurrence_id").asLong());
                }

                assertThat(named).containsOnly(named.get(0));
                assertThat(apiB.get(ada, "/tasks").body()).hasSize(2);
                List<String> types = new ArrayList<>();
                apiA.get(ada, "/changes?since=0")
                        .body()
                        .forEach(entry -> types.add(entry.get("type").asText()));
                assertThat(types).containsExactly("task.created", "task.created", "task.completed");
            } finally {
                pool.shutdownNow();
                a.terminate();
                b.terminate();
            }
        }
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as a process: acknowledged writes survive SIGKILL; SIGTERM lets requests in flight finish. */
class ProcessFaultsTest {
    @TempDir
    Path data;

    @Test
    void a_task_acknowledged_before_a_kill_9_is_there_after_a_restart() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            // a fixed issuer, as in production: the default one names the port, which changes here
            Map<String, String> environment =
                    Map.of("DATABASE_URL", database.url(), "AUTH_ISSUER", "https://todo.example.com");
            var first = ServerProcess.start(environment);
            var api = new ApiClient(first.baseUri());
            var ada = api.signUp();
            var created = api.createTask(ada, "Acknowledged");
            assertThat(created.status()).isEqualTo(201);

            first.kill();

            var second = ServerProcess.start(environment);
            try {
                var reply = new ApiClient(second.baseUri())
                        .get(ada, "/tasks/" + created.body().get("id").asText());
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body().get("title").asText()).isEqualTo("Acknowledged");
            } finally {
                second.terminate();
            }
        }
    }

    @Test
    void sigterm_finishes_requests_in_flight_before_exiting() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            var server = ServerProcess.start(Map.of("DATABASE_URL", database.url()));
            var api = new ApiClient(server.baseUri());
            api.signUp(); // warm the hasher and the pool up
            // sign-ups run Argon2id on a bounded number of threads: several take a while to drain
            List<CompletableFuture<Integer>> inFlight = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                inFlight.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        api.signUp();
                        return 201;
                    } catch (RuntimeException e) {
                        return -1;
                    }
                }));
            }
            Thread.sleep(300);

            int exitCode = server.terminate();

            assertThat(inFlight)
                    .allSatisfy(request -> assertThat(request.join()).isEqualTo(201));
            assertThat(exitCode).isIn(0, 143);
        }
    }
}

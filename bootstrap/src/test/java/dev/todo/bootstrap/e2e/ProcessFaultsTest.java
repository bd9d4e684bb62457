package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as a process: acknowledged writes survive SIGKILL; SIGTERM lets requests in flight finish. */
class ProcessFaultsTest {
    private static final int IN_FLIGHT = 6;

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
            // sign-ups run Argon2id on as many threads as there are cores: several take a while to drain
            ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
            var sending = new CountDownLatch(IN_FLIGHT);
            List<Future<Long>> finishedAt = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                finishedAt.add(clients.submit(() -> {
                    sending.countDown();
                    api.signUp(); // throws unless 201
                    return System.nanoTime();
                }));
            }
            assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the requests reach the server

            long stopping = System.nanoTime();
            int exitCode = server.terminate();

            List<Long> answered = new ArrayList<>();
            for (Future<Long> request : finishedAt) {
                answered.add(request.get(30, TimeUnit.SECONDS)); // each one a 201
            }
            clients.shutdown();
            assertThat(answered)
                    .as("answered after SIGTERM: they were in flight")
                    .anyMatch(at -> at > stopping);
            assertThat(exitCode)
                    .as("128 + SIGTERM, after the shutdown hook ran")
                    .isEqualTo(143);
        }
    }
}

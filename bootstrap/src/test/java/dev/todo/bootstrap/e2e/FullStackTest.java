package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.todo.adapter.http.ChangeReplica;
import dev.todo.bootstrap.TodoApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service as `java -jar` runs it (embedded PostgreSQL), driven over real HTTP. */
class FullStackTest {
    @TempDir
    static Path data;

    private static TodoApplication app;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        // the concurrency test sends 200 requests at once from this one address
        app = TodoApplication.start(Map.of(
                "PORT", "0",
                "MANAGEMENT_PORT", "0",
                "TODO_DATA_DIR", data.toString(),
                "MAX_REQUESTS_PER_ADDRESS", "500"));
        api = new ApiClient(app.baseUri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_user_signs_up_and_manages_tasks_that_no_one_else_sees() {
        var ada = api.signUp();
        var eve = api.signUp();
        var created = api.createTask(ada, "Ship it");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();

        assertThat(api.get(ada, "/tasks").body()).hasSize(1);
        assertThat(api.get(ada, "/tasks/" + id).body().get("title").asText()).isEqualTo("Ship it");
        assertThat(api.send("PATCH", "/api/" + ada.userId() + "/tasks/" + id + "/complete", ada.token(), null)
                        .body()
                        .get("completed")
                        .asBoolean())
                .isTrue();
        assertThat(api.get(eve, "/tasks").body()).isEmpty();
        assertThat(api.send("GET", "/api/" + eve.userId() + "/tasks/" + id, eve.token(), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/" + ada.userId() + "/tasks", eve.token(), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void concurrent_toggles_of_one_task_all_apply_without_conflict() throws Exception {
        var ada = api.signUp();
        String path = "/api/" + ada.userId() + "/tasks/"
                + api.createTask(ada, "Contended").body().get("id").asText();
        int toggles = 200;
        ExecutorService pool = Executors.newFixedThreadPool(toggles);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        try {
            var start = new CountDownLatch(1);
            for (int i = 0; i < toggles; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.send("PATCH", path + "/complete", ada.token(), null);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }

        JsonNode last = api.send("GET", path, ada.token(), null).body();
        assertThat(last.get("completed").asBoolean()).isFalse();
        assertThat(last.get("completed_at").isNull()).isTrue();
        for (var reply : replies) {
            JsonNode task = reply.get().body();
            assertThat(task.get("completed_at").isNull())
                    .isNotEqualTo(task.get("completed").asBoolean());
        }
    }

    @Test
    void concurrent_creates_with_one_idempotency_key_create_one_task() throws Exception {
        var ada = api.signUp();
        String tasks = "/api/" + ada.userId() + "/tasks";
        int creates = 50;
        ExecutorService pool = Executors.newFixedThreadPool(creates);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        try {
            var start = new CountDownLatch(1);
            for (int i = 0; i < creates; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.send(
                            "POST", tasks, ada.token(), "{\"title\":\"Once\"}", Map.of("Idempotency-Key", "raced"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (var future : replies) {
                var reply = future.get(60, TimeUnit.SECONDS);
                statuses.add(reply.status());
                if (reply.status() == 201) {
                    ids.add(reply.body().get("id").asText());
                }
            }
            assertThat(statuses).containsOnly(201, 409).contains(201);
            assertThat(ids).as("every 201 names the one task").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }

        assertThat(api.send("GET", tasks, ada.token(), null).body()).hasSize(1);
    }

    /**
     * Four clients of one user make random changes at once while a fifth reads GET …/changes in pages of 7;
     * its copy built only from those pages equals the list and the trash the server has on PostgreSQL, and
     * it applied every entry of the log once, in order: no entry that committed late was skipped.
     */
    @Test
    void a_client_replaying_the_changes_of_concurrent_writers_ends_with_the_servers_list_and_trash() throws Exception {
        long seed = System.nanoTime();
        var ada = api.signUp();
        var replica = new ChangeReplica();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                var random = new java.util.Random(seed + w);
                done.add(writers.submit(() -> randomChanges(ada, random, 40)));
            }
            while (!done.stream().allMatch(Future::isDone)) {
                readChanges(ada, replica);
            }
            for (Future<?> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        readChanges(ada, replica);

        assertThat(replica.tasks())
                .as("seed " + seed)
                .isEqualTo(ChangeReplica.byId(api.get(ada, "/tasks?limit=200").body()));
        assertThat(replica.trash())
                .as("seed " + seed)
                .isEqualTo(ChangeReplica.byId(api.get(ada, "/trash?limit=200").body()));
        var everything = new ChangeReplica();
        readChanges(ada, everything);
        assertThat(replica.applied()).as("seed " + seed).isEqualTo(everything.applied());
    }

    /** Applies the pages of changes after the replica's position until one is shorter than 7. */
    private static void readChanges(ApiClient.Account who, ChangeReplica replica) {
        while (true) {
            var page = api.get(who, "/changes?since=" + replica.position() + "&limit=7");
            assertThat(page.status()).isEqualTo(200);
            page.body().forEach(replica::apply);
            if (page.body().size() < 7) {
                return;
            }
        }
    }

    /** Creates, edits, toggles, trashes, restores and purges its own tasks at random. */
    private static void randomChanges(ApiClient.Account who, java.util.Random random, int steps) {
        String tasks = "/api/" + who.userId() + "/tasks/";
        String trash = "/api/" + who.userId() + "/trash/";
        List<String> live = new ArrayList<>();
        List<String> trashed = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int choice = random.nextInt(7);
            if (live.isEmpty() || choice == 0) {
                live.add(api.createTask(who, "task " + step).body().get("id").asText());
            } else if (choice == 1) {
                api.send("PUT", tasks + live.get(random.nextInt(live.size())), who.token(), "{\"title\":\"edited\"}");
            } else if (choice <= 3) {
                api.send("PATCH", tasks + live.get(random.nextInt(live.size())) + "/complete", who.token(), null);
            } else if (choice == 4) {
                String id = live.remove(random.nextInt(live.size()));
                api.send("DELETE", tasks + id, who.token(), null);
                trashed.add(id);
            } else if (choice == 5 && !trashed.isEmpty()) {
                String id = trashed.remove(random.nextInt(trashed.size()));
                api.send("POST", trash + id + "/restore", who.token(), null);
                live.add(id);
            } else if (!trashed.isEmpty()) {
                api.send("DELETE", trash + trashed.remove(random.nextInt(trashed.size())), who.token(), null);
            }
        }
    }

    @Test
    void the_management_port_serves_health_readiness_and_request_metrics() throws Exception {
        var ada = api.signUp();
        api.get(ada, "/tasks");
        URI management = app.managementUri();
        assertThat(management.getHost()).isEqualTo("127.0.0.1");

        assertThat(fetch(management.resolve("/healthz")).statusCode()).isEqualTo(200);
        assertThat(fetch(management.resolve("/readyz")).statusCode()).isEqualTo(200);
        String metrics = fetch(management.resolve("/metrics")).body();
        assertThat(metrics)
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/api/{user_id}/tasks\",status=\"200\"}")
                .contains("db_pool_connections_active")
                .contains("todo_events_streams_open")
                .contains("todo_changes_listener_connected 1.0")
                .contains("todo_housekeeping_runs_total")
                .contains("jvm_memory_used_bytes")
                .doesNotContain(ada.userId());
        assertThat(fetch(app.baseUri().resolve("/metrics")).statusCode()).isEqualTo(404);
        var head = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(management.resolve("/readyz"))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void the_public_port_serves_the_contract_and_the_web_ui() throws Exception {
        assertThat(fetch(app.baseUri().resolve("/openapi.yaml")).body()).contains("openapi: 3.0");
        var ui = fetch(app.baseUri().resolve("/"));
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self'");
    }

    private static HttpResponse<String> fetch(URI uri) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start's embedded PostgreSQL under crashes: SIGKILL of the server alone, and of the server,
 * the postmaster and all its children together under a concurrent create load. Nothing acknowledged is
 * lost and the next start succeeds at the first try.
 */
class EmbeddedCrashTest {
    private static final int CREATORS = 16;
    private static final int ACKNOWLEDGED_BEFORE_CRASH = 300;

    @TempDir
    Path data;

    private Map<String, String> environment() {
        // a fixed issuer: the default one names the port, which changes between starts here
        return Map.of("TODO_DATA_DIR", data.toString(), "AUTH_ISSUER", "https://todo.example.com");
    }

    @Test
    void after_a_kill_9_of_the_server_alone_the_next_start_succeeds_at_once_with_the_data() throws Exception {
        var first = ServerProcess.start(environment());
        var api = new ApiClient(first.baseUri());
        var ada = api.signUp();
        var created = api.createTask(ada, "Before the crash");
        assertThat(created.status()).isEqualTo(201);
        long postmaster = postmasterPid();

        first.kill();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true); // left behind

        long started = System.nanoTime();
        var second = ServerProcess.start(environment());
        try {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            var reply = new ApiClient(second.baseUri())
                    .get(ada, "/tasks/" + created.body().get("id").asText());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("title").asText()).isEqualTo("Before the crash");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        } finally {
            second.terminate();
        }
    }

    @Test
    void every_create_acknowledged_before_the_server_and_its_database_are_killed_is_there_after_a_restart()
            throws Exception {
        var first = ServerProcess.start(environment());
        var api = new ApiClient(first.baseUri());
        var ada = api.signUp();
        for (int n = 0; n < 20; n++) {
            assertThat(api.createTask(ada, "warm-up " + n).status()).isEqualTo(201); // the pool's connections open
        }
        List<ProcessHandle> victims = new ArrayList<>();
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        victims.add(postmaster);
        postmaster.descendants().forEach(victims::add);
        victims.add(first.handle());
        assertThat(victims).hasSizeGreaterThan(4); // the postmaster's children were found

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        var killed = new AtomicBoolean(false);
        ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
        for (int c = 0; c < CREATORS; c++) {
            int creator = c;
            creators.submit(() -> {
                for (int n = 0; !killed.get() && n < 10_000; n++) {
                    try {
                        var reply = api.createTask(ada, "task " + creator + "-" + n);
                        if (reply.status() == 201) {
                            acknowledged.add(reply.body().get("id").asText());
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                    // the crash comes the moment a create is acknowledged, while its commit is newest
                    if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_CRASH && killed.compareAndSet(false, true)) {
                        victims.forEach(ProcessHandle::destroyForcibly); // SIGKILL, database first
                    }
                }
            });
        }
        creators.shutdown();
        assertThat(creators.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).isTrue();
        for (ProcessHandle victim : victims) {
            victim.onExit().get(30, TimeUnit.SECONDS);
        }

        long restarting = System.nanoTime();
        var second = ServerProcess.start(environment());
        try {
            assertThat(Duration.ofNanos(System.nanoTime() - restarting)).isLessThan(Duration.ofSeconds(30));
            var after = new ApiClient(second.baseUri());
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                if (after.get(ada, "/tasks/" + id).status() != 200) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged creates lost by the crash").isEmpty();
        } finally {
            second.terminate();
        }
    }

    /** The postmaster that serves the data folder, from its pid file. */
    private long postmasterPid() throws Exception {
        return Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }
}

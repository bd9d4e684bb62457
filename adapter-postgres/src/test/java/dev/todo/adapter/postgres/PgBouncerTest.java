package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind PgBouncer in transaction mode, where consecutive transactions of one client connection run on
 * different server connections: repositories keep working and no session state carries over.
 */
@ExtendWith(SharedPostgresExtension.class)
class PgBouncerTest {
    private static final int CLIENTS = 4;
    private static final int SERVER_CONNECTIONS = 2;
    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

    private final PostgresTestDatabase database;

    @TempDir
    Path folder;

    PgBouncerTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Test
    void repositories_work_through_a_transaction_mode_pooler_without_leaking_session_state() throws Exception {
        Optional<Path> binary = PgBouncer.binary();
        assumeTrue(
                binary.isPresent(),
                "pgbouncer is not installed (apt-get install pgbouncer); skipping the transaction-mode pooler test");
        try (var bouncer = PgBouncer.start(
                binary.get(),
                folder,
                database.port(),
                database.superuserUrl().password().orElseThrow(),
                SERVER_CONNECTIONS)) {
            // Before 1.21 PgBouncer cannot route named prepared statements: the driver must not create them.
            String query = bouncer.tracksPreparedStatements() ? "" : "?prepareThreshold=0";
            var url = DatabaseUrl.parse(
                    "postgresql://postgres@127.0.0.1:" + bouncer.port() + "/" + PgBouncer.DATABASE + query);
            try (var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, CLIENTS))) {
                List<UserId> owners = exerciseConcurrently(persistence);

                for (UserId owner : owners) {
                    List<Task> listed = persistence
                            .taskRepository()
                            .list(owner, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 100));
                    assertThat(listed).hasSize(20).allMatch(task -> task.isOwnedBy(owner));
                }
                assertNoSessionStateOutsideTransactions(persistence);
            }
        }
    }

    /** Each client adds, reads, updates and lists its owner's tasks, more often than the driver's prepare threshold. */
    private static List<UserId> exerciseConcurrently(PostgresPersistence persistence) {
        var tasks = persistence.taskRepository();
        List<UserId> owners = new ArrayList<>();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                UserId owner = UserId.random();
                owners.add(owner);
                runs.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < 20; i++) {
                                Task added = tasks.add(new NewTask(owner, TaskDetails.titled("task " + i), NOW));
                                Task found = tasks.find(owner, added.id()).orElseThrow();
                                Instant at = NOW.plusSeconds(i);
                                tasks.change(owner, found.id(), t -> t.toggleCompleted(at));
                                tasks.list(
                                        owner, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 5));
                            }
                        },
                        pool));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        return owners;
    }

    private static void assertNoSessionStateOutsideTransactions(PostgresPersistence persistence) {
        var plain = Jdbi.create(persistence.dataSource());
        for (int i = 0; i < 20; i++) {
            Map<String, Object> state = plain.withHandle(handle -> handle.createQuery(
                            "select current_user as name, current_setting('app.user_id', true) as acting")
                    .mapToMap()
                    .one());
            assertThat(state.get("name")).isEqualTo("postgres");
            assertThat((String) state.get("acting")).isNullOrEmpty();
        }
    }
}

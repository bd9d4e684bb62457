package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.port.out.StorageUnavailableException;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every way the database can fail the service reaches it as an application error, never as a SQL exception. */
@ExtendWith(SharedPostgresExtension.class)
class StorageFailureTest {
    private final PostgresTestDatabase database;

    StorageFailureTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Test
    void a_database_that_is_down_leaves_the_service_up_but_unready() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var url = new DatabaseUrl(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres",
                Optional.of("postgres"),
                Optional.empty(),
                Map.of());

        try (var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, 2))) {
            assertThat(persistence.isReachable()).isFalse();
            assertThatThrownBy(() -> persistence.taskRepository().find(UserId.random(), TaskId.of(1)))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(persistence::migrate).isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void a_reachable_database_is_ready() {
        assertThat(database.persistence().isReachable()).isTrue();
    }

    @Test
    void an_exhausted_pool_is_reported_as_unavailable() throws SQLException {
        try (var persistence = PostgresPersistence.connect(DatabaseSettings.of(database.url(), 1));
                Connection held = persistence.dataSource().getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            assertThatThrownBy(() -> persistence.userRepository().findById(UserId.random()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThat(persistence.poolMetrics().getActiveConnections()).isEqualTo(1);
        }
    }

    @Test
    void a_statement_past_its_timeout_is_cancelled_and_reported_as_unavailable() {
        var transactions =
                new ScopedTransactions(Jdbi.create(database.persistence().dataSource()), Duration.ofMillis(100));

        assertThatThrownBy(() -> transactions.asService(handle -> handle.execute("select pg_sleep(5)")))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void a_connection_ended_by_the_server_is_reported_as_unavailable() throws Exception {
        var transactions =
                new ScopedTransactions(Jdbi.create(database.persistence().dataSource()), Duration.ofSeconds(30));
        String marker = "terminate-me-" + System.nanoTime();
        CompletableFuture<Integer> victim = CompletableFuture.supplyAsync(
                () -> transactions.asService(handle -> handle.execute("select pg_sleep(20) /* " + marker + " */")));

        int terminated = 0;
        for (int attempt = 0; attempt < 100 && terminated == 0; attempt++) {
            Thread.sleep(50);
            terminated = database.admin()
                    .withHandle(handle -> handle.createQuery("""
                                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                                     where pid <> pg_backend_pid() and query like '%' || :marker || '%'
                                       and query like 'select pg_sleep%'
                                    """)
                            .bind("marker", marker)
                            .mapTo(Integer.class)
                            .one());
        }

        assertThat(terminated).isEqualTo(1);
        assertThat(victim).failsWithin(Duration.ofSeconds(10));
        assertThatThrownBy(victim::join).hasCauseInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void unexpected_refusals_are_not_reported_as_unavailability() {
        var refusal = new UnableToExecuteStatementException(new SQLException("check failed", "23514"), null);
        var shutdown = new UnableToExecuteStatementException(new SQLException("terminating connection", "57P01"), null);

        assertThat(DatabaseErrors.translate(refusal))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("23514");
        assertThat(DatabaseErrors.translate(shutdown)).isInstanceOf(StorageUnavailableException.class);
    }
}

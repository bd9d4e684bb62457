package dev.todo.adapter.postgres.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.adapter.postgres.DatabaseSettings;
import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.PostgresPersistence;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by the previous version (a cluster that trusted every local login, the service
 * connected as the superuser) keeps its tasks and is brought up to date: passwords, and a service role.
 */
class EarlierClusterTest {
    @TempDir
    Path folder;

    @Test
    void keeps_its_tasks_and_then_refuses_logins_without_a_password() throws Exception {
        Path data = folder.resolve("data");
        UserId owner = UserId.random();
        Task written;
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(
                        new DatabaseUrl(
                                earlier.getJdbcUrl("postgres", "postgres"),
                                Optional.of("postgres"),
                                Optional.empty(),
                                Map.of()),
                        2))) {
            persistence.migrate();
            written = persistence
                    .taskRepository()
                    .add(new NewTask(owner, TaskDetails.titled("from before"), Instant.parse("2026-01-01T00:00:00Z")));
        }

        try (var server = EmbeddedDatabase.start(data);
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 2))) {
            assertThat(persistence.migrate()).isZero();
            assertThat(persistence.taskRepository().find(owner, written.id())).contains(written);
            Task added = persistence
                    .taskRepository()
                    .add(new NewTask(owner, TaskDetails.titled("after"), Instant.parse("2026-01-02T00:00:00Z")));
            assertThat(added.id()).isNotEqualTo(written.id());
            assertThatThrownBy(() -> DriverManager.getConnection(server.url().jdbcUrl(), "postgres", null)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }
}

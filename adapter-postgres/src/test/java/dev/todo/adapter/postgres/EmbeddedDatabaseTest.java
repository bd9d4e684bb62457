package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void keeps_its_data_across_a_restart_on_the_same_folder() {
        UserId owner = UserId.random();
        Task written;
        try (var server = EmbeddedDatabase.start(folder.resolve("data"));
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 2))) {
            assertThat(persistence.migrate()).isEqualTo(1);
            written = persistence
                    .taskRepository()
                    .add(new NewTask(owner, TaskDetails.titled("survives"), Instant.parse("2026-01-01T00:00:00Z")));
        }

        try (var server = EmbeddedDatabase.start(folder.resolve("data"));
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 2))) {
            assertThat(persistence.migrate()).isZero();
            assertThat(persistence.taskRepository().find(owner, written.id())).contains(written);
            String listenOn = Jdbi.create(persistence.dataSource())
                    .withHandle(handle -> handle.createQuery("show listen_addresses")
                            .mapTo(String.class)
                            .one());
            assertThat(listenOn).isEqualTo("localhost");
        }
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.DueReminders;
import dev.todo.application.port.out.DueRemindersContract;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresDueRemindersTest extends DueRemindersContract {
    private final PostgresTestDatabase database;

    PostgresDueRemindersTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository tasks() {
        return database.persistence().taskRepository();
    }

    @Override
    protected DueReminders reminders() {
        return database.persistence().dueReminders();
    }

    @Override
    protected ChangeLog changeLog() {
        return database.persistence().changeLog();
    }

    /** The reminder search leaves its setting on the pooled session; the trash purge after it must still work. */
    @Test
    void the_trash_purge_works_on_a_session_that_searched_for_reminders_before() {
        try (var single = PostgresPersistence.connect(DatabaseSettings.of(database.url(), 1))) {
            UserId ada = UserId.random();
            Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
            Task task = single.taskRepository().add(new NewTask(ada, TaskDetails.titled("old"), longAgo));
            single.taskRepository().moveToTrash(ada, task.id(), t -> {}, longAgo);

            single.dueReminders().dueBy(Instant.now(), 10);

            assertThat(single.expiredTrash().purgeDeletedBefore(longAgo.plusSeconds(1), 1_000))
                    .isGreaterThanOrEqualTo(1);
        }
    }
}

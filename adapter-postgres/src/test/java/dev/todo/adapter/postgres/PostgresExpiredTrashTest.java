package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.ExpiredTrashContract;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresExpiredTrashTest extends ExpiredTrashContract {
    private final PostgresTestDatabase database;

    PostgresExpiredTrashTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository tasks() {
        return database.persistence().taskRepository();
    }

    @Override
    protected ExpiredTrash expiredTrash() {
        return database.persistence().expiredTrash();
    }

    @Test
    void the_housekeeping_role_reaches_expired_trash_only_never_a_task_or_recent_trash() {
        UserId ada = UserId.random();
        Instant now = Instant.now();
        Task live = tasks().add(new NewTask(ada, TaskDetails.titled("live"), now));
        Task recent = tasks().add(new NewTask(ada, TaskDetails.titled("recent"), now));
        tasks().moveToTrash(ada, recent.id(), t -> {}, now);
        var transactions =
                new ScopedTransactions(Jdbi.create(database.persistence().dataSource()), Duration.ofSeconds(5));

        long visibleTrash = transactions.asHousekeeper(
                now.minusSeconds(60),
                handle -> handle.createQuery("select count(*) from trashed_tasks where user_id = :ada")
                        .bind("ada", ada.value())
                        .mapTo(Long.class)
                        .one());
        int deleted = transactions.asHousekeeper(
                now.minusSeconds(60),
                handle -> handle.createUpdate("delete from trashed_tasks where user_id = :ada")
                        .bind("ada", ada.value())
                        .execute());

        assertThat(visibleTrash).isZero();
        assertThat(deleted).isZero();
        // it may ask whether a task row exists (the change-log trigger does), sees none and reads no content
        long visibleTasks = transactions.asHousekeeper(
                now,
                handle -> handle.createQuery("select count(*) from tasks")
                        .mapTo(Long.class)
                        .one());
        assertThat(visibleTasks).isZero();
        assertThatThrownBy(() -> transactions.asHousekeeper(
                        now,
                        handle -> handle.createQuery("select title from tasks")
                                .mapTo(String.class)
                                .list()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42501");
        assertThat(tasks().find(ada, live.id())).isPresent();
        assertThat(tasks().restore(ada, recent.id(), now)).isPresent();
    }
}

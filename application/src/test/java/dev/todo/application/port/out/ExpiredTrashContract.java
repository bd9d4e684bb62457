package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ExpiredTrash} must have, over the tasks of its {@link TaskRepository}. */
public abstract class ExpiredTrashContract {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** The repository of the store under test. */
    protected abstract TaskRepository tasks();

    /** The same store's expired trash. */
    protected abstract ExpiredTrash expiredTrash();

    private Task trashedAt(UserId owner, String title, Instant deletedAt) {
        Task task = tasks().add(new NewTask(owner, TaskDetails.titled(title), T0));
        tasks().moveToTrash(owner, task.id(), t -> {}, deletedAt);
        return task;
    }

    @Test
    void purges_tasks_of_every_user_deleted_before_the_cutoff_and_keeps_the_rest() {
        UserId ada = UserId.random();
        UserId bea = UserId.random();
        Task adasOld = trashedAt(ada, "old", T0.plusSeconds(10));
        Task beasOld = trashedAt(bea, "old", T0.plusSeconds(20));
        Task recent = trashedAt(ada, "recent", T0.plusSeconds(40));
        Task live = tasks().add(new NewTask(ada, TaskDetails.titled("live"), T0));

        int purged = expiredTrash().purgeDeletedBefore(T0.plusSeconds(30), 1_000);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(tasks().restore(ada, adasOld.id(), T0)).isEmpty();
        assertThat(tasks().restore(bea, beasOld.id(), T0)).isEmpty();
        assertThat(tasks().restore(ada, recent.id(), T0)).isPresent();
        assertThat(tasks().find(ada, live.id())).isPresent();
    }

    @Test
    void purges_at_most_the_batch_size_at_a_time() {
        UserId ada = UserId.random();
        for (int i = 0; i < 3; i++) {
            trashedAt(ada, "old " + i, T0.minusSeconds(100_000));
        }

        int first = expiredTrash().purgeDeletedBefore(T0.minusSeconds(99_000), 2);

        assertThat(first).isEqualTo(2);
        assertThat(expiredTrash().purgeDeletedBefore(T0.minusSeconds(99_000), 2))
                .isEqualTo(1);
        assertThat(tasks().listTrash(ada, new TrashSlice(Optional.empty(), 10))).isEmpty();
    }
}

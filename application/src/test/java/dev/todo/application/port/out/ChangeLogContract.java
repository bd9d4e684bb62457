package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The change log every task store must write with each change, and read back in order, per owner. */
public abstract class ChangeLogContract {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    protected abstract TaskRepository tasks();

    /** The log the same store writes. */
    protected abstract ChangeLog changeLog();

    protected abstract ExpiredTrash expiredTrash();

    protected abstract ExpiredChanges expiredChanges();

    private List<ChangeEntry> all(UserId owner) {
        return changeLog().read(owner, 0, 1_000).entries();
    }

    @Test
    void every_change_writes_exactly_one_entry_of_its_type_with_the_task_after_it() {
        UserId ada = UserId.random();
        Task created = tasks().add(new NewTask(ada, TaskDetails.titled("Buy milk"), T0));
        Task updated = tasks().change(
                        ada,
                        created.id(),
                        t -> t.replaceDetails(
                                TaskDetails.titled("Buy oat milk").withPriority(Priority.HIGH), T0.plusSeconds(1)))
                .orElseThrow();
        Task completed = tasks().complete(ada, created.id(), Optional.of(true), T0.plusSeconds(2))
                .orElseThrow();
        tasks().complete(ada, created.id(), Optional.of(true), T0.plusSeconds(3)); // stores nothing
        tasks().change(ada, created.id(), t -> t); // stores nothing
        Task reopened = tasks().complete(ada, created.id(), Optional.empty(), T0.plusSeconds(4))
                .orElseThrow();
        TrashedTask trashed = tasks().moveToTrash(ada, created.id(), t -> {}, T0.plusSeconds(5))
                .orElseThrow();
        Task restored = tasks().restore(ada, created.id(), T0.plusSeconds(6)).orElseThrow();
        tasks().moveToTrash(ada, created.id(), t -> {}, T0.plusSeconds(7));
        tasks().purge(ada, created.id());

        List<ChangeEntry> entries = all(ada);

        assertThat(entries).extracting(ChangeEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(entries)
                .extracting(ChangeEntry::type)
                .containsExactly(
                        ChangeType.CREATED,
                        ChangeType.UPDATED,
                        ChangeType.COMPLETED,
                        ChangeType.REOPENED,
                        ChangeType.DELETED,
                        ChangeType.RESTORED,
                        ChangeType.DELETED,
                        ChangeType.PURGED);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.taskId()).isEqualTo(created.id()));
        assertThat(entries.subList(0, 4))
                .extracting(entry -> entry.task().orElseThrow())
                .containsExactly(created, updated, completed, reopened);
        assertThat(entries.get(4).trashed()).contains(trashed);
        assertThat(entries.get(5).task()).contains(restored);
        assertThat(entries.get(7).task()).isEmpty();
        assertThat(changeLog().read(ada, 0, 0).position())
                .isGreaterThanOrEqualTo(entries.get(7).id());
    }

    @Test
    void a_log_is_its_owners_alone_and_reads_in_pages_after_a_position() {
        UserId ada = UserId.random();
        UserId bea = UserId.random();
        for (int i = 0; i < 5; i++) {
            tasks().add(new NewTask(ada, TaskDetails.titled("task " + i), T0));
        }

        List<Long> ids = all(ada).stream().map(ChangeEntry::id).toList();
        ChangeRead page = changeLog().read(ada, ids.get(1), 2);

        assertThat(ids).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(page.entries()).extracting(ChangeEntry::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(page.position()).isGreaterThanOrEqualTo(ids.get(4));
        assertThat(page.isUnbrokenAfter(ids.get(1))).isTrue();
        ChangeRead atTheEnd = changeLog().read(ada, page.position(), 10);
        assertThat(atTheEnd.entries()).isEmpty();
        assertThat(atTheEnd.isUnbrokenAfter(page.position())).isTrue();
        assertThat(atTheEnd.isUnbrokenAfter(atTheEnd.position() + 1)).isFalse();
        ChangeRead beas = changeLog().read(bea, 0, 10);
        assertThat(beas.entries()).isEmpty();
        assertThat(beas.isUnbrokenAfter(0)).isTrue();
    }

    @Test
    void a_purge_by_housekeeping_is_logged_for_the_owner() {
        UserId ada = UserId.random();
        Task task = tasks().add(new NewTask(ada, TaskDetails.titled("old"), T0.minusSeconds(90_000_000)));
        tasks().moveToTrash(ada, task.id(), t -> {}, T0.minusSeconds(90_000_000));

        expiredTrash().purgeDeletedBefore(T0.minusSeconds(80_000_000), 1_000);

        assertThat(all(ada))
                .extracting(ChangeEntry::type)
                .containsExactly(ChangeType.CREATED, ChangeType.DELETED, ChangeType.PURGED);
    }

    @Test
    void trimming_by_time_leaves_the_newer_entries_and_refuses_the_positions_before_them() {
        UserId ada = UserId.random();
        Instant long_ago = Instant.parse("2001-01-01T00:00:00Z");
        Task task = tasks().add(new NewTask(ada, TaskDetails.titled("old"), long_ago));
        tasks().complete(ada, task.id(), Optional.of(true), long_ago.plusSeconds(10));
        tasks().complete(ada, task.id(), Optional.of(false), T0);
        List<Long> ids = all(ada).stream().map(ChangeEntry::id).toList();

        int trimmed = expiredChanges().trimBefore(long_ago.plusSeconds(60), 1_000);

        assertThat(trimmed).isGreaterThanOrEqualTo(2);
        ChangeRead kept = changeLog().read(ada, 0, 10);
        assertThat(kept.entries()).extracting(ChangeEntry::id).containsExactly(ids.get(2));
        assertThat(kept.trimmedThrough()).isEqualTo(ids.get(1));
        assertThat(kept.isUnbrokenAfter(0)).isFalse();
        assertThat(kept.isUnbrokenAfter(ids.get(0))).isFalse();
        assertThat(kept.isUnbrokenAfter(ids.get(1))).isTrue();
        assertThat(kept.isUnbrokenAfter(ids.get(2))).isTrue();
    }

    @Test
    void an_entry_is_at_the_time_of_its_change_even_when_the_clock_went_back() {
        UserId ada = UserId.random();
        Task task = tasks().add(new NewTask(ada, TaskDetails.titled("later"), T0.plusSeconds(100)));
        Task completed = tasks().complete(ada, task.id(), Optional.of(true), T0).orElseThrow();

        List<ChangeEntry> entries = all(ada);

        assertThat(entries).extracting(ChangeEntry::at).containsExactly(task.updatedAt(), completed.updatedAt());
        assertThat(entries.get(1).id()).isGreaterThan(entries.get(0).id());
    }

    @Test
    void concurrent_writes_of_one_user_are_each_read_once_in_increasing_order() throws Exception {
        UserId ada = UserId.random();
        Task shared = tasks().add(new NewTask(ada, TaskDetails.titled("shared"), T0));
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writes.add(() -> n % 2 == 0
                        ? tasks().add(new NewTask(ada, TaskDetails.titled("task " + n), T0))
                        : tasks().complete(ada, shared.id(), Optional.empty(), T0));
            }
            for (Future<Object> done : pool.invokeAll(writes)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<ChangeEntry> entries = all(ada);
        assertThat(entries).hasSize(41);
        assertThat(entries).extracting(ChangeEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(entries.stream().filter(entry -> entry.type() == ChangeType.CREATED))
                .hasSize(21);
    }
}

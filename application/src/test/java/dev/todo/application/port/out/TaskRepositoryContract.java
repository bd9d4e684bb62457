package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TaskRepository} must have: storage, ownership and optimistic concurrency.
 * Listing is covered by {@link TaskListingContract}. Each test works on fresh random owners, so a shared
 * store is fine.
 */
public abstract class TaskRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-03-01T09:15:30.123456Z");

    protected TaskRepository repository;
    protected final UserId owner = UserId.random();
    protected final UserId stranger = UserId.random();

    /** A repository over the store under test. */
    protected abstract TaskRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void add_assigns_an_id_and_the_first_version() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("Buy milk"), T0));

        assertThat(stored.id().value()).isPositive();
        assertThat(stored.version()).isEqualTo(Task.FIRST_VERSION);
        assertThat(stored.completed()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(T0).isEqualTo(stored.updatedAt());
    }

    @Test
    void a_task_added_completed_is_stored_completed_at_its_creation_time() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("done"), T0, true));

        assertThat(stored.completed()).isTrue();
        assertThat(stored.completedAt()).contains(T0);
        assertThat(repository.find(owner, stored.id())).contains(stored);
    }

    @Test
    void ids_are_unique_across_owners() {
        Task first = repository.add(new NewTask(owner, TaskDetails.titled("a"), T0));
        Task second = repository.add(new NewTask(stranger, TaskDetails.titled("b"), T0));
        Task third = repository.add(new NewTask(owner, TaskDetails.titled("c"), T0));

        assertThat(java.util.Set.of(first.id(), second.id(), third.id())).hasSize(3);
    }

    @Test
    void every_field_survives_a_round_trip() {
        var details = TaskDetails.titled("Ünïcödé title ✓ 𝄞")
                .withDescription("line one\nline two\ttabbed")
                .withPriority(Priority.HIGH)
                .withDueAt(Instant.parse("2026-12-24T18:00:00.654321Z"))
                .withTags("work", "home", "ärger");
        Task stored = repository.add(new NewTask(owner, details, T0));
        Task completed = repository.update(stored.markCompleted(true, T0.plusSeconds(60)));

        assertThat(repository.find(owner, stored.id()))
                .contains(stored.markCompleted(true, T0.plusSeconds(60)).atVersion(2));
        assertThat(repository.find(owner, stored.id())).contains(completed);
        assertThat(completed.tags().codes()).containsExactly("work", "home", "ärger");
    }

    @Test
    void times_are_kept_to_the_microsecond() {
        Task stored = repository.add(
                new NewTask(owner, TaskDetails.titled("precise"), Instant.parse("2026-01-01T00:00:00.123456789Z")));

        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(repository.find(owner, stored.id()).orElseThrow().createdAt())
                .isEqualTo(stored.createdAt());
    }

    @Test
    void another_owners_task_is_not_found() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("mine"), T0));

        assertThat(repository.find(stranger, stored.id())).isEmpty();
        assertThat(repository.find(owner, TaskId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void update_stores_the_change_at_the_next_version() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("draft"), T0));

        Task updated = repository.update(stored.replaceDetails(TaskDetails.titled("final"), T0.plusSeconds(5)));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.title().value()).isEqualTo("final");
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(repository.find(owner, stored.id())).contains(updated);
    }

    @Test
    void update_from_a_stale_version_is_refused_and_changes_nothing() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("v1"), T0));
        Task current = repository.update(stored.replaceDetails(TaskDetails.titled("v2"), T0.plusSeconds(1)));

        assertThatThrownBy(
                        () -> repository.update(stored.replaceDetails(TaskDetails.titled("lost"), T0.plusSeconds(2))))
                .isInstanceOf(StaleTaskException.class);
        assertThat(repository.find(owner, stored.id())).contains(current);
    }

    @Test
    void update_cannot_reach_another_owners_task() {
        Task victim = repository.add(new NewTask(owner, TaskDetails.titled("victim"), T0));
        Task forged = Task.rehydrate(
                victim.id(), stranger, TaskDetails.titled("hijacked"), false, null, T0, T0, victim.version());

        assertThatThrownBy(() -> repository.update(forged)).isInstanceOf(StaleTaskException.class);
        assertThatThrownBy(() -> repository.delete(forged)).isInstanceOf(StaleTaskException.class);
        assertThat(repository.find(owner, victim.id())).contains(victim);
        assertThat(repository.find(stranger, victim.id())).isEmpty();
    }

    @Test
    void complete_toggles_or_sets_and_keeps_completed_at_in_step() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("chore"), T0));

        Task done = repository
                .complete(owner, stored.id(), Optional.empty(), T0.plusSeconds(1))
                .orElseThrow();
        Task again = repository
                .complete(owner, stored.id(), Optional.of(true), T0.plusSeconds(2))
                .orElseThrow();
        Task open = repository
                .complete(owner, stored.id(), Optional.empty(), T0.plusSeconds(3))
                .orElseThrow();

        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).contains(T0.plusSeconds(1));
        assertThat(done.version()).isEqualTo(2);
        assertThat(again).isEqualTo(done);
        assertThat(open.completed()).isFalse();
        assertThat(open.completedAt()).isEmpty();
        assertThat(open.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(open.version()).isEqualTo(3);
        assertThat(repository.find(owner, stored.id())).contains(open);
    }

    @Test
    void complete_cannot_reach_another_owners_task() {
        Task victim = repository.add(new NewTask(owner, TaskDetails.titled("victim"), T0));

        assertThat(repository.complete(stranger, victim.id(), Optional.empty(), T0))
                .isEmpty();
        assertThat(repository.complete(owner, TaskId.of(Long.MAX_VALUE), Optional.empty(), T0))
                .isEmpty();
        assertThat(repository.find(owner, victim.id())).contains(victim);
    }

    @Test
    void concurrent_toggles_all_apply_one_after_the_other() throws Exception {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("contended"), T0));
        int toggles = 40;
        List<Task> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(toggles);
        try {
            var start = new CountDownLatch(1);
            List<Future<Task>> futures = new ArrayList<>();
            for (int i = 0; i < toggles; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return repository
                            .complete(owner, stored.id(), Optional.empty(), T0.plusSeconds(9))
                            .orElseThrow();
                }));
            }
            start.countDown();
            for (Future<Task> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        // each toggle saw the one before it: versions 2..41, alternating states
        assertThat(results).extracting(Task::version).doesNotHaveDuplicates().allMatch(v -> v >= 2 && v <= 41);
        assertThat(results).allSatisfy(t -> {
            assertThat(t.completedAt().isPresent()).isEqualTo(t.completed());
            assertThat(t.completed()).isEqualTo(t.version() % 2 == 0);
        });
        Task last = repository.find(owner, stored.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + toggles);
        assertThat(last.completed()).isFalse();
        assertThat(last.completedAt()).isEmpty();
    }

    @Test
    void delete_removes_the_task() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("bye"), T0));

        repository.delete(stored);

        assertThat(repository.find(owner, stored.id())).isEmpty();
        assertThatThrownBy(() -> repository.delete(stored)).isInstanceOf(StaleTaskException.class);
    }

    @Test
    void delete_from_a_stale_version_is_refused() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("v1"), T0));
        Task current = repository.update(stored.toggleCompleted(T0.plusSeconds(1)));

        assertThatThrownBy(() -> repository.delete(stored)).isInstanceOf(StaleTaskException.class);
        assertThat(repository.find(owner, stored.id())).isEqualTo(Optional.of(current));
    }
}

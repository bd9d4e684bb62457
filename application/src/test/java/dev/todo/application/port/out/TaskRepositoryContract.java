package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Fingerprints are SHA-256 digests: 32 bytes. */
    private static final byte[] CONTENT = fingerprint(1);

    private static final byte[] OTHER_CONTENT = fingerprint(2);

    private static byte[] fingerprint(int seed) {
        byte[] digest = new byte[32];
        java.util.Arrays.fill(digest, (byte) seed);
        return digest;
    }

    private int tasksOf(UserId user) {
        return repository
                .list(user, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 200))
                .size();
    }

    @Test
    void a_keyed_add_creates_once_and_answers_the_task_as_first_stored_to_the_same_content() {
        KeyedAdd first = repository.addOnce(new NewTask(owner, TaskDetails.titled("Once"), T0), "key-1", CONTENT);
        Task created = first.task().orElseThrow();
        repository.change(owner, created.id(), task -> task.replaceDetails(TaskDetails.titled("Changed since"), T0));

        KeyedAdd again =
                repository.addOnce(new NewTask(owner, TaskDetails.titled("Once"), T0.plusSeconds(5)), "key-1", CONTENT);

        assertThat(first.outcome()).isEqualTo(KeyedAdd.Outcome.CREATED);
        assertThat(again).isEqualTo(KeyedAdd.replayed(created));
        assertThat(tasksOf(owner)).isEqualTo(1);
    }

    @Test
    void a_key_used_for_other_content_is_refused_and_adds_nothing() {
        repository.addOnce(new NewTask(owner, TaskDetails.titled("First"), T0), "key-2", CONTENT);

        KeyedAdd other =
                repository.addOnce(new NewTask(owner, TaskDetails.titled("Second"), T0), "key-2", OTHER_CONTENT);

        assertThat(other).isEqualTo(KeyedAdd.refused(KeyedAdd.Outcome.KEY_REUSED));
        assertThat(tasksOf(owner)).isEqualTo(1);
    }

    @Test
    void keys_belong_to_their_owner_and_are_forgotten_after_a_day() {
        repository.addOnce(new NewTask(owner, TaskDetails.titled("Mine"), T0), "key-3", CONTENT);

        KeyedAdd strangers =
                repository.addOnce(new NewTask(stranger, TaskDetails.titled("Mine"), T0), "key-3", CONTENT);
        KeyedAdd nextDay = repository.addOnce(
                new NewTask(
                        owner,
                        TaskDetails.titled("Mine"),
                        T0.plus(TaskRepository.KEY_LIFETIME).plusSeconds(1)),
                "key-3",
                CONTENT);

        assertThat(strangers.outcome()).isEqualTo(KeyedAdd.Outcome.CREATED);
        assertThat(nextDay.outcome()).isEqualTo(KeyedAdd.Outcome.CREATED);
        assertThat(tasksOf(owner)).isEqualTo(2);
    }

    @Test
    void of_concurrent_keyed_adds_one_creates_and_the_others_replay_or_are_told_it_is_in_flight() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<KeyedAdd>> adds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                adds.add(() ->
                        repository.addOnce(new NewTask(owner, TaskDetails.titled("Raced"), T0), "key-4", CONTENT));
            }
            List<KeyedAdd.Outcome> outcomes = new ArrayList<>();
            for (Future<KeyedAdd> add : threads.invokeAll(adds)) {
                outcomes.add(add.get().outcome());
            }

            assertThat(outcomes).containsOnlyOnce(KeyedAdd.Outcome.CREATED);
            assertThat(outcomes).doesNotContain(KeyedAdd.Outcome.KEY_REUSED);
            assertThat(tasksOf(owner)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
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
        Task completed = repository
                .change(owner, stored.id(), t -> t.markCompleted(true, T0.plusSeconds(60)))
                .orElseThrow();

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
    void change_stores_the_change_at_the_next_version() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("draft"), T0));

        Task changed = repository
                .change(owner, stored.id(), t -> t.replaceDetails(TaskDetails.titled("final"), T0.plusSeconds(5)))
                .orElseThrow();

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.title().value()).isEqualTo("final");
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(repository.find(owner, stored.id())).contains(changed);
    }

    @Test
    void a_change_that_throws_changes_nothing_and_reaches_the_caller() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("v1"), T0));
        var refused = new IllegalStateException("not this version");

        assertThatThrownBy(() -> repository.change(owner, stored.id(), t -> {
                    throw refused;
                }))
                .isSameAs(refused);
        assertThatThrownBy(() -> repository.moveToTrash(
                        owner,
                        stored.id(),
                        t -> {
                            throw refused;
                        },
                        T0))
                .isSameAs(refused);
        assertThat(repository.find(owner, stored.id())).contains(stored);
    }

    @Test
    void a_change_that_returns_the_task_unchanged_writes_nothing() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("same"), T0));

        assertThat(repository.change(owner, stored.id(), t -> t)).contains(stored);
        assertThat(repository.find(owner, stored.id())).contains(stored);
    }

    @Test
    void change_and_delete_cannot_reach_another_owners_task() {
        Task victim = repository.add(new NewTask(owner, TaskDetails.titled("victim"), T0));
        var calls = new AtomicInteger();

        assertThat(repository.change(stranger, victim.id(), t -> {
                    calls.incrementAndGet();
                    return t.replaceDetails(TaskDetails.titled("hijacked"), T0);
                }))
                .isEmpty();
        assertThat(repository.moveToTrash(stranger, victim.id(), t -> calls.incrementAndGet(), T0))
                .isEmpty();
        assertThat(repository.change(owner, TaskId.of(Long.MAX_VALUE), t -> t)).isEmpty();
        assertThat(calls).hasValue(0);
        assertThat(repository.find(owner, victim.id())).contains(victim);
        assertThat(repository.find(stranger, victim.id())).isEmpty();
    }

    @Test
    void concurrent_changes_all_apply_one_after_the_other_each_reading_the_task_once() throws Exception {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("counter 0"), T0));
        int changes = 24;
        var calls = new AtomicInteger();
        List<Task> results = concurrently(
                changes,
                () -> repository
                        .change(owner, stored.id(), t -> {
                            calls.incrementAndGet();
                            int seen = Integer.parseInt(t.title().value().substring("counter ".length()));
                            return t.replaceDetails(
                                            TaskDetails.titled("counter " + (seen + 1)), T0.plusSeconds(seen + 1))
                                    .toggleCompleted(T0.plusSeconds(seen + 1));
                        })
                        .orElseThrow());

        // no change was lost or refused, and each saw the one before it: one read per call
        assertThat(calls).hasValue(changes);
        assertThat(results).extracting(Task::version).doesNotHaveDuplicates().allMatch(v -> v >= 2 && v <= 25);
        assertThat(results).allSatisfy(t -> {
            assertThat(t.title().value()).isEqualTo("counter " + (t.version() - 1));
            assertThat(t.completed()).isEqualTo(t.version() % 2 == 0);
        });
        Task last = repository.find(owner, stored.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + changes);
        assertThat(last.title().value()).isEqualTo("counter " + changes);
    }

    @Test
    void changes_and_toggles_racing_on_one_task_lose_nothing() throws Exception {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("contended"), T0));
        int each = 10;
        var renames = new AtomicInteger();
        concurrently(2 * each, () -> {
            if (renames.getAndIncrement() % 2 == 0) {
                return repository
                        .change(
                                owner,
                                stored.id(),
                                t -> t.replaceDetails(
                                        t.details()
                                                .withDescription(t.description()
                                                                .map(d -> d.value())
                                                                .orElse("") + "+"),
                                        T0.plusSeconds(1)))
                        .orElseThrow();
            }
            return repository
                    .complete(owner, stored.id(), Optional.empty(), T0.plusSeconds(2))
                    .orElseThrow();
        });

        Task last = repository.find(owner, stored.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + 2 * each);
        assertThat(last.description().orElseThrow().value()).isEqualTo("+".repeat(each));
        assertThat(last.completed()).isFalse();
    }

    private static List<Task> concurrently(int calls, Callable<Task> call) throws Exception {
        List<Task> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            var start = new CountDownLatch(1);
            List<Future<Task>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (Future<Task> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
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
    void moving_to_the_trash_takes_the_task_out_of_reach_after_its_check_and_keeps_it_for_restoring() {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("bye"), T0));
        List<Task> checked = new ArrayList<>();
        Instant deletedAt = T0.plusSeconds(60);

        Optional<TrashedTask> trashed = repository.moveToTrash(owner, stored.id(), checked::add, deletedAt);

        assertThat(checked).containsExactly(stored);
        assertThat(trashed).contains(TrashedTask.of(stored, deletedAt));
        assertThat(repository.find(owner, stored.id())).isEmpty();
        assertThat(repository.change(owner, stored.id(), t -> t)).isEmpty();
        assertThat(repository.complete(owner, stored.id(), Optional.empty(), deletedAt))
                .isEmpty();
        assertThat(titles(
                        repository.list(owner, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 10))))
                .doesNotContain("bye");
        assertThat(repository.moveToTrash(owner, stored.id(), checked::add, deletedAt))
                .isEmpty();
        assertThat(checked).hasSize(1);
        assertThat(repository.listTrash(owner, new TrashSlice(Optional.empty(), 10)))
                .containsExactly(trashed.get());
    }

    @Test
    void a_restored_task_is_back_with_its_id_one_version_on_and_a_purged_one_is_gone_for_good() {
        Task kept = repository.add(new NewTask(owner, TaskDetails.titled("kept"), T0));
        Task gone = repository.add(new NewTask(owner, TaskDetails.titled("gone"), T0));
        repository.moveToTrash(owner, kept.id(), t -> {}, T0.plusSeconds(1));
        repository.moveToTrash(owner, gone.id(), t -> {}, T0.plusSeconds(2));

        Optional<Task> restored = repository.restore(owner, kept.id(), T0.plusSeconds(3));
        boolean purged = repository.purge(owner, gone.id());

        assertThat(restored).contains(TrashedTask.of(kept, T0.plusSeconds(1)).restoredAt(T0.plusSeconds(3)));
        assertThat(repository.find(owner, kept.id())).isEqualTo(restored);
        assertThat(purged).isTrue();
        assertThat(repository.purge(owner, gone.id())).isFalse();
        assertThat(repository.restore(owner, gone.id(), T0)).isEmpty();
        assertThat(repository.restore(owner, kept.id(), T0))
                .as("not in the trash any more")
                .isEmpty();
        assertThat(repository.listTrash(owner, new TrashSlice(Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    void the_trash_is_the_owners_alone_and_pages_by_deletion_newest_first() {
        List<TrashedTask> trashed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Task task = repository.add(new NewTask(owner, TaskDetails.titled("t" + i), T0));
            // two deleted at the same instant: the higher id comes first
            trashed.add(repository
                    .moveToTrash(owner, task.id(), t -> {}, T0.plusSeconds(i == 4 ? 3 : i))
                    .orElseThrow());
        }
        Task strangers = repository.add(new NewTask(stranger, TaskDetails.titled("theirs"), T0));
        repository.moveToTrash(stranger, strangers.id(), t -> {}, T0);

        List<TrashedTask> first = repository.listTrash(owner, new TrashSlice(Optional.empty(), 3));
        List<TrashedTask> rest =
                repository.listTrash(owner, new TrashSlice(Optional.of(TrashSlice.Position.of(first.get(2))), 3));

        assertThat(first).containsExactly(trashed.get(4), trashed.get(3), trashed.get(2));
        assertThat(rest).containsExactly(trashed.get(1), trashed.get(0));
        assertThat(repository.restore(stranger, trashed.get(0).task().id(), T0)).isEmpty();
        assertThat(repository.purge(stranger, trashed.get(0).task().id())).isFalse();
    }

    private static List<String> titles(List<Task> tasks) {
        return tasks.stream().map(t -> t.title().value()).toList();
    }
}

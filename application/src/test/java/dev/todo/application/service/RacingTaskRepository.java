package dev.todo.application.service;

import dev.todo.application.port.out.KeyedAdd;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.application.port.out.TaskTransition;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Lets a rival writer toggle the task once, right before the next change reaches the store (after the
 * caller last saw the task), and counts how often the store runs a change's function.
 */
final class RacingTaskRepository implements TaskRepository {
    private final TaskRepository store;
    private boolean rivalPending = true;
    private int changeCalls;

    RacingTaskRepository(TaskRepository store) {
        this.store = store;
    }

    private void rivalWrites(UserId owner, TaskId id) {
        if (rivalPending) {
            rivalPending = false;
            store.complete(owner, id, Optional.empty(), Instant.parse("2026-04-01T11:59:00Z"));
        }
    }

    /** How many times the store ran a change's or a delete's function. */
    int changeCalls() {
        return changeCalls;
    }

    @Override
    public Task add(NewTask task) {
        return store.add(task);
    }

    @Override
    public KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint) {
        return store.addOnce(task, key, fingerprint);
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        return store.find(owner, id);
    }

    @Override
    public Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        rivalWrites(owner, id);
        return store.change(owner, id, task -> {
            changeCalls++;
            return change.apply(task);
        });
    }

    @Override
    public Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step) {
        rivalWrites(owner, id);
        return store.transition(owner, id, task -> {
            changeCalls++;
            return step.apply(task);
        });
    }

    @Override
    public Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        rivalWrites(owner, id);
        return store.complete(owner, id, completed, now);
    }

    @Override
    public Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now) {
        rivalWrites(owner, id);
        return store.moveToTrash(
                owner,
                id,
                task -> {
                    changeCalls++;
                    check.accept(task);
                },
                now);
    }

    @Override
    public Optional<Task> restore(UserId owner, TaskId id, Instant now) {
        return store.restore(owner, id, now);
    }

    @Override
    public boolean purge(UserId owner, TaskId id) {
        return store.purge(owner, id);
    }

    @Override
    public List<TrashedTask> listTrash(UserId owner, TrashSlice slice) {
        return store.listTrash(owner, slice);
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        return store.list(owner, slice);
    }

    @Override
    public long count(UserId owner, TaskFilter filter) {
        return store.count(owner, filter);
    }
}

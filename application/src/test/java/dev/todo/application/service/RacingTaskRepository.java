package dev.todo.application.service;

import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Lets a rival writer change the task once, right before the next write: a reproducible lost-update race. */
final class RacingTaskRepository implements TaskRepository {
    private final TaskRepository store;
    private boolean rivalPending = true;

    RacingTaskRepository(TaskRepository store) {
        this.store = store;
    }

    private void rivalWrites(Task task) {
        if (rivalPending) {
            rivalPending = false;
            Task current = store.find(task.owner(), task.id()).orElseThrow();
            store.update(current.toggleCompleted(Instant.parse("2026-04-01T11:59:00Z")));
        }
    }

    @Override
    public Task add(NewTask task) {
        return store.add(task);
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        return store.find(owner, id);
    }

    @Override
    public Task update(Task changed) {
        rivalWrites(changed);
        return store.update(changed);
    }

    @Override
    public Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        return store.complete(owner, id, completed, now);
    }

    @Override
    public void delete(Task task) {
        rivalWrites(task);
        store.delete(task);
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        return store.list(owner, slice);
    }
}

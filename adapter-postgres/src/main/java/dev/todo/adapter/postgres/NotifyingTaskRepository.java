package dev.todo.adapter.postgres;

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

/** The PostgreSQL task repository, announcing each committed change to other instances through the notifier. */
final class NotifyingTaskRepository implements TaskRepository {
    private final TaskRepository tasks;
    private final ChangeNotifier notifier;

    NotifyingTaskRepository(TaskRepository tasks, ChangeNotifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    private <T> T announced(UserId owner, T result, boolean changed) {
        if (changed) {
            notifier.changed(owner);
        }
        return result;
    }

    @Override
    public Task add(NewTask task) {
        return announced(task.owner(), tasks.add(task), true);
    }

    @Override
    public KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint) {
        KeyedAdd added = tasks.addOnce(task, key, fingerprint);
        return announced(task.owner(), added, added.outcome() == KeyedAdd.Outcome.CREATED);
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        return tasks.find(owner, id);
    }

    @Override
    public Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        Optional<Task> changed = tasks.change(owner, id, change);
        return announced(owner, changed, changed.isPresent());
    }

    @Override
    public Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step) {
        Optional<Task> changed = tasks.transition(owner, id, step);
        return announced(owner, changed, changed.isPresent());
    }

    @Override
    public Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        Optional<Task> changed = tasks.complete(owner, id, completed, now);
        return announced(owner, changed, changed.isPresent());
    }

    @Override
    public Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now) {
        Optional<TrashedTask> trashed = tasks.moveToTrash(owner, id, check, now);
        return announced(owner, trashed, trashed.isPresent());
    }

    @Override
    public Optional<Task> restore(UserId owner, TaskId id, Instant now) {
        Optional<Task> restored = tasks.restore(owner, id, now);
        return announced(owner, restored, restored.isPresent());
    }

    @Override
    public boolean purge(UserId owner, TaskId id) {
        boolean purged = tasks.purge(owner, id);
        return announced(owner, purged, purged);
    }

    @Override
    public List<TrashedTask> listTrash(UserId owner, TrashSlice slice) {
        return tasks.listTrash(owner, slice);
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        return tasks.list(owner, slice);
    }

    @Override
    public long count(UserId owner, TaskFilter filter) {
        return tasks.count(owner, filter);
    }
}

package dev.todo.application.memory;

import dev.todo.application.port.out.DueReminders;
import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.KeyedAdd;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.application.port.out.TaskTransition;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A thread-safe {@link TaskRepository} in memory, with its {@link ExpiredTrash}: the reference the PostgreSQL
 * adapter is checked against. Every change it stores is recorded in its {@link InMemoryChangeLog}, and it
 * keeps the tasks' pending reminders by the domain's rule ({@link Task#pendingReminderAfter}).
 */
public final class InMemoryTaskRepository implements TaskRepository, ExpiredTrash, DueReminders {
    private final Map<Key, Task> tasks = new HashMap<>();
    private long lastId;
    /** The pending reminders of tasks in the list, by task. */
    private final Map<Key, Instant> pendingReminders = new HashMap<>();

    private final Map<Key, TrashedTask> trash = new HashMap<>();
    private final Map<RequestKey, KeyedTask> keys = new HashMap<>();

    private final InMemoryChangeLog changes;

    private record Key(UserId owner, TaskId id) {}

    private record RequestKey(UserId owner, String key) {}

    /** A task added with a key: the content's fingerprint and the task as it was stored then. */
    private record KeyedTask(byte[] fingerprint, Task task) {}

    /** Records changes in {@code changes}. */
    public InMemoryTaskRepository(InMemoryChangeLog changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** With a change log of its own, on the system clock. */
    public InMemoryTaskRepository() {
        this(new InMemoryChangeLog());
    }

    /** The log of every change stored here. */
    public InMemoryChangeLog changeLog() {
        return changes;
    }

    @Override
    public synchronized Task add(NewTask task) {
        Task stored = task.withId(TaskId.of(++lastId));
        Key key = new Key(stored.owner(), stored.id());
        tasks.put(key, stored);
        setPending(key, stored.details().pendingReminder(stored.completed(), stored.createdAt()));
        changes.recordTask(ChangeType.CREATED, stored);
        return stored;
    }

    /** Calls are serialised here, so a key is never seen in flight. */
    @Override
    public synchronized KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint) {
        Instant now = task.createdAt();
        keys.values()
                .removeIf(kept -> !kept.task().createdAt().plus(KEY_LIFETIME).isAfter(now));
        RequestKey requestKey = new RequestKey(task.owner(), key);
        KeyedTask earlier = keys.get(requestKey);
        if (earlier != null) {
            return Arrays.equals(earlier.fingerprint(), fingerprint)
                    ? KeyedAdd.replayed(earlier.task())
                    : KeyedAdd.refused(KeyedAdd.Outcome.KEY_REUSED);
        }
        Task stored = add(task);
        keys.put(requestKey, new KeyedTask(fingerprint.clone(), stored));
        return KeyedAdd.created(stored);
    }

    @Override
    public synchronized Optional<Task> find(UserId owner, TaskId id) {
        return Optional.ofNullable(tasks.get(new Key(owner, id)));
    }

    @Override
    public synchronized Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        return transition(owner, id, current -> TaskTransition.of(change.apply(current)));
    }

    @Override
    public synchronized Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step) {
        Key key = new Key(owner, id);
        Task current = tasks.get(key);
        if (current == null) {
            return Optional.empty();
        }
        TaskTransition transition = step.apply(current);
        Task changed = transition.task();
        if (changed == current) {
            return Optional.of(current);
        }
        if (transition.next().isPresent()) {
            changed = changed.withNextOccurrence(
                    Optional.of(add(transition.next().get()).id()));
        }
        if (transition.withdraw().isPresent()
                && withdraw(owner, transition.withdraw().get(), changed.updatedAt())) {
            changed = changed.withNextOccurrence(Optional.empty());
        }
        Task stored = changed.storedAfter(current);
        tasks.put(key, stored);
        setPending(key, current.pendingReminderAfter(stored, pending(key), stored.updatedAt()));
        changes.recordTask(ChangeType.ofReplacement(current.completed(), stored.completed()), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        Key key = new Key(owner, id);
        Task current = tasks.get(key);
        if (current == null || current.isInSeries()) {
            return Optional.empty();
        }
        Task changed = current.markCompleted(completed.orElse(!current.completed()), now);
        if (changed != current) {
            Task stored = changed.atVersion(current.version() + 1);
            tasks.put(key, stored);
            setPending(key, current.pendingReminderAfter(stored, pending(key), now));
            changes.recordTask(ChangeType.ofReplacement(current.completed(), stored.completed()), stored);
        }
        return Optional.of(tasks.get(key));
    }

    /** Moves a next occurrence to the trash if it is untouched: version 1, open, in the list. */
    private boolean withdraw(UserId owner, TaskId next, Instant now) {
        Task candidate = tasks.get(new Key(owner, next));
        if (candidate == null || candidate.completed() || candidate.version() != Task.FIRST_VERSION) {
            return false;
        }
        moveToTrash(owner, next, unchecked -> {}, now);
        return true;
    }

    @Override
    public synchronized Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now) {
        Task current = tasks.get(new Key(owner, id));
        if (current == null) {
            return Optional.empty();
        }
        check.accept(current);
        tasks.remove(new Key(owner, id));
        pendingReminders.remove(new Key(owner, id));
        TrashedTask trashed = TrashedTask.of(current, now);
        trash.put(new Key(owner, id), trashed);
        changes.recordDeleted(trashed);
        return Optional.of(trashed);
    }

    @Override
    public synchronized Optional<Task> restore(UserId owner, TaskId id, Instant now) {
        TrashedTask trashed = trash.remove(new Key(owner, id));
        if (trashed == null) {
            return Optional.empty();
        }
        Task restored = trashed.restoredAt(now);
        tasks.put(new Key(owner, id), restored);
        setPending(new Key(owner, id), restored.details().pendingReminder(restored.completed(), now));
        changes.recordTask(ChangeType.RESTORED, restored);
        return Optional.of(restored);
    }

    @Override
    public synchronized boolean purge(UserId owner, TaskId id) {
        if (trash.remove(new Key(owner, id)) == null) {
            return false;
        }
        changes.recordPurged(owner, id);
        return true;
    }

    @Override
    public synchronized int purgeDeletedBefore(Instant cutoff, int max) {
        List<Key> expired = trash.entrySet().stream()
                .filter(entry -> entry.getValue().deletedAt().isBefore(cutoff))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
        expired.forEach(key -> {
            trash.remove(key);
            changes.recordPurged(key.owner(), key.id());
        });
        return expired.size();
    }

    @Override
    public synchronized List<TrashedTask> listTrash(UserId owner, TrashSlice slice) {
        return trash.values().stream()
                .filter(trashed -> trashed.task().isOwnedBy(owner))
                .filter(trashed ->
                        slice.after().map(after -> after.isBefore(trashed)).orElse(true))
                .sorted(Comparator.comparing(TrashedTask::deletedAt)
                        .thenComparing(trashed -> trashed.task().id().value())
                        .reversed())
                .limit(slice.limit())
                .toList();
    }

    @Override
    public synchronized List<Task> list(UserId owner, TaskSlice slice) {
        return tasks.values().stream()
                .filter(t -> t.isOwnedBy(owner))
                .filter(slice.filter()::matches)
                .filter(t -> slice.after().map(p -> slice.order().isAfter(t, p)).orElse(true))
                .sorted(slice.order().tasks())
                .limit(slice.limit())
                .toList();
    }

    @Override
    public synchronized long count(UserId owner, TaskFilter filter) {
        return tasks.values().stream()
                .filter(t -> t.isOwnedBy(owner))
                .filter(filter::matches)
                .count();
    }

    @Override
    public synchronized List<Due> dueBy(Instant now, int max) {
        return pendingReminders.entrySet().stream()
                .filter(entry -> !entry.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue())
                .limit(max)
                .map(entry -> new Due(entry.getKey().owner(), entry.getKey().id(), entry.getValue()))
                .toList();
    }

    @Override
    public synchronized boolean fire(Due reminder, Instant now) {
        Key key = new Key(reminder.owner(), reminder.taskId());
        Instant pending = pendingReminders.get(key);
        if (pending == null || pending.isAfter(now)) {
            return false;
        }
        pendingReminders.remove(key);
        changes.recordReminder(tasks.get(key), now);
        return true;
    }

    private Optional<Instant> pending(Key key) {
        return Optional.ofNullable(pendingReminders.get(key));
    }

    private void setPending(Key key, Optional<Instant> at) {
        at.ifPresentOrElse(time -> pendingReminders.put(key, time), () -> pendingReminders.remove(key));
    }
}

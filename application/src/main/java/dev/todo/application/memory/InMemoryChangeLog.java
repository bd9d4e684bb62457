package dev.todo.application.memory;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeRead;
import dev.todo.application.port.out.ChangeSignals;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskTimes;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Users' change logs in memory, written by {@link InMemoryTaskRepository} with each change, with the
 * signals that they grew (given at once, as the change is made) and housekeeping's view of old entries.
 */
public final class InMemoryChangeLog implements ChangeLog, ExpiredChanges, ChangeSignals {
    private final Clock clock;
    private final Map<UserId, UserLog> logs = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** One user's kept entries, oldest first, the newest id ever written and the highest id trimmed. */
    private static final class UserLog {
        final Deque<ChangeEntry> kept = new ArrayDeque<>();
        long lastId;
        long trimmedThrough;
    }

    public InMemoryChangeLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public InMemoryChangeLog() {
        this(Clock.systemUTC());
    }

    void recordTask(ChangeType type, Task task) {
        append(task.owner(), task.updatedAt(), (id, at) -> ChangeEntry.of(id, type, task, at));
    }

    void recordReminder(Task task, Instant firedAt) {
        append(
                task.owner(),
                TaskTimes.precise(firedAt),
                (id, at) -> ChangeEntry.of(id, ChangeType.REMINDER_DUE, task, at));
    }

    void recordDeleted(TrashedTask trashed) {
        append(trashed.task().owner(), trashed.deletedAt(), (id, at) -> ChangeEntry.deleted(id, trashed, at));
    }

    void recordPurged(UserId owner, TaskId id) {
        append(owner, TaskTimes.precise(clock.instant()), (entryId, at) -> ChangeEntry.purged(entryId, id, at));
    }

    /** The entry a change makes, given its id and time. */
    private interface EntryMaker {
        ChangeEntry make(long id, Instant at);
    }

    /** Appends the owner's next entry (ids count from 1 here), at the change's time, then tells the listeners. */
    private void append(UserId owner, Instant changedAt, EntryMaker entry) {
        synchronized (this) {
            UserLog log = logs.computeIfAbsent(owner, user -> new UserLog());
            ChangeEntry written = entry.make(log.lastId + 1, changedAt);
            log.kept.addLast(written);
            log.lastId = written.id();
        }
        listeners.forEach(listener -> listener.grew(owner));
    }

    @Override
    public synchronized ChangeRead read(UserId owner, long after, int limit) {
        UserLog log = logs.get(owner);
        if (log == null) {
            return new ChangeRead(List.of(), 0, 0, false);
        }
        return new ChangeRead(
                log.kept.stream()
                        .filter(entry -> entry.id() > after)
                        .limit(limit)
                        .toList(),
                log.lastId,
                log.trimmedThrough,
                false);
    }

    @Override
    public synchronized int trimBefore(Instant cutoff, int max) {
        int trimmed = 0;
        for (UserLog log : logs.values()) {
            while (trimmed < max
                    && !log.kept.isEmpty()
                    && log.kept.peekFirst().at().isBefore(cutoff)) {
                log.trimmedThrough = log.kept.removeFirst().id();
                trimmed++;
            }
        }
        return trimmed;
    }

    @Override
    public AutoCloseable listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }
}

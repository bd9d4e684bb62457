package dev.todo.domain.change;

import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a user's change log: its position {@code id} (counting the user's entries from 1), what
 * happened to which task and when, and the task after the change: in the trash for {@link
 * ChangeType#DELETED}, none for {@link ChangeType#PURGED}.
 */
public record ChangeEntry(
        long id, ChangeType type, TaskId taskId, Instant at, Optional<Task> task, Optional<Instant> deletedAt) {
    public ChangeEntry {
        if (id < 1) {
            throw new IllegalArgumentException("an entry's id counts from 1");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(deletedAt, "deletedAt");
        if (task.isEmpty() != (type == ChangeType.PURGED)) {
            throw new IllegalArgumentException("only a purge has no task");
        }
        if (deletedAt.isPresent() != (type == ChangeType.DELETED)) {
            throw new IllegalArgumentException("only a deletion has deleted_at");
        }
        if (task.isPresent() && !task.get().id().equals(taskId)) {
            throw new IllegalArgumentException("the task is not the entry's task");
        }
    }

    /** An entry for a task now in the list: created, updated, completed, reopened or restored. */
    public static ChangeEntry of(long id, ChangeType type, Task task, Instant at) {
        return new ChangeEntry(id, type, task.id(), at, Optional.of(task), Optional.empty());
    }

    public static ChangeEntry deleted(long id, TrashedTask trashed, Instant at) {
        return new ChangeEntry(
                id,
                ChangeType.DELETED,
                trashed.task().id(),
                at,
                Optional.of(trashed.task()),
                Optional.of(trashed.deletedAt()));
    }

    public static ChangeEntry purged(long id, TaskId taskId, Instant at) {
        return new ChangeEntry(id, ChangeType.PURGED, taskId, at, Optional.empty(), Optional.empty());
    }

    /** The trashed task of a deletion. */
    public Optional<TrashedTask> trashed() {
        return deletedAt.map(when -> new TrashedTask(task.orElseThrow(), when));
    }
}

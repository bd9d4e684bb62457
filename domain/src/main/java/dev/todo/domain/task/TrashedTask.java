package dev.todo.domain.task;

import java.time.Instant;
import java.util.Objects;

/**
 * A task its owner deleted, kept in the trash until restored or purged: the task as it was moved there
 * (at the next version, updated when it was deleted) and when that was.
 */
public record TrashedTask(Task task, Instant deletedAt) {
    public TrashedTask {
        Objects.requireNonNull(task, "task");
        deletedAt = TaskTimes.precise(Objects.requireNonNull(deletedAt, "deletedAt"));
    }

    /** {@code task} moved to the trash at {@code now}: one version on, updated then. */
    public static TrashedTask of(Task task, Instant now) {
        Instant at = TaskTimes.precise(now);
        return new TrashedTask(task.touchedAt(at), at);
    }

    /** The task back from the trash at {@code now}: one version on, updated then. */
    public Task restoredAt(Instant now) {
        return task.touchedAt(TaskTimes.precise(now));
    }
}

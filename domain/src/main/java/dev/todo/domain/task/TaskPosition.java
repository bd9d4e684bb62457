package dev.todo.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a task stands in every sort order: its sort keys and its id. A page of a listing starts
 * strictly after a position, which keeps paging stable while tasks are added (keyset pagination).
 */
public record TaskPosition(
        TaskId id, Instant createdAt, Instant updatedAt, String titleKey, Optional<Instant> dueAt, int priorityRank) {

    public TaskPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public static TaskPosition of(Task task) {
        return new TaskPosition(
                task.id(),
                task.createdAt(),
                task.updatedAt(),
                task.title().sortKey(),
                task.dueAt(),
                Priority.rankOf(task.priority()));
    }
}

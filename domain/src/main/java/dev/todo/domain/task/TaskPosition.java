package dev.todo.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a task stands in one sort: that sort's key and the task id, nothing else. A page of a listing
 * starts strictly after a position, which keeps paging stable while tasks are added (keyset pagination).
 * The key is an {@link Instant} for {@code created} and {@code updated}, the title's sort key for
 * {@code title}, an optional {@link Instant} for {@code due_date} (empty: no due time) and the priority
 * rank for {@code priority}.
 */
public record TaskPosition(TaskSort sort, Object key, TaskId id) {

    public TaskPosition {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        boolean fits = switch (sort) {
            case CREATED, UPDATED -> key instanceof Instant;
            case TITLE -> key instanceof String;
            case DUE_DATE ->
                key instanceof Optional<?> due
                        && due.map(Instant.class::isInstance).orElse(true);
            case PRIORITY -> key instanceof Integer;
        };
        if (!fits) {
            throw new IllegalArgumentException("not a key of the " + sort.code() + " sort: " + key);
        }
    }

    /** The task's position in the given sort. */
    public static TaskPosition of(Task task, TaskSort sort) {
        Object key = switch (sort) {
            case CREATED -> task.createdAt();
            case UPDATED -> task.updatedAt();
            case TITLE -> task.title().sortKey();
            case DUE_DATE -> task.dueAt();
            case PRIORITY -> Priority.rankOf(task.priority());
        };
        return new TaskPosition(sort, key, task.id());
    }

    /** The key of the {@code created} or {@code updated} sort. */
    public Instant time() {
        require(sort == TaskSort.CREATED || sort == TaskSort.UPDATED);
        return (Instant) key;
    }

    /** The key of the {@code title} sort. */
    public String titleKey() {
        require(sort == TaskSort.TITLE);
        return (String) key;
    }

    /** The key of the {@code due_date} sort; empty for a task without a due time. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> dueAt() {
        require(sort == TaskSort.DUE_DATE);
        return (Optional<Instant>) key;
    }

    /** The key of the {@code priority} sort. */
    public int priorityRank() {
        require(sort == TaskSort.PRIORITY);
        return (Integer) key;
    }

    private void require(boolean holds) {
        if (!holds) {
            throw new IllegalStateException("a position in the " + sort.code() + " sort has no such key");
        }
    }
}

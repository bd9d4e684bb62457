package dev.todo.domain.task;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** A sort key with its direction: the order a listing returns tasks in, and how to page through it. */
public record TaskOrder(TaskSort sort, SortDirection direction) {
    public static final TaskOrder DEFAULT = of(TaskSort.CREATED);

    public TaskOrder {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(direction, "direction");
    }

    /** The key in its default direction. */
    public static TaskOrder of(TaskSort sort) {
        return new TaskOrder(sort, sort.defaultDirection());
    }

    /** Orders positions in this order's sort by their key, then by id, both in this direction. */
    public Comparator<TaskPosition> positions() {
        Comparator<TaskPosition> ascending = keyOrder().thenComparing(p -> p.id().value());
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    public Comparator<Task> tasks() {
        return Comparator.comparing(this::positionOf, positions());
    }

    /** Where the task stands in this order's sort. */
    public TaskPosition positionOf(Task task) {
        return TaskPosition.of(task, sort);
    }

    /** True if the task comes strictly after the position (a position in this order's sort). */
    public boolean isAfter(Task task, TaskPosition position) {
        if (position.sort() != sort) {
            throw new IllegalArgumentException(
                    "a position in the " + position.sort().code() + " sort");
        }
        return positions().compare(positionOf(task), position) > 0;
    }

    private Comparator<TaskPosition> keyOrder() {
        return switch (sort) {
            case CREATED, UPDATED -> Comparator.comparing(TaskPosition::time);
            case TITLE -> Comparator.comparing(TaskPosition::titleKey, TaskOrder::compareCodePoints);
            case DUE_DATE -> Comparator.comparing(TaskPosition::dueAt, TaskOrder::compareDueTimes);
            case PRIORITY -> Comparator.comparingInt(TaskPosition::priorityRank);
        };
    }

    /** Absent due times come after every present one. */
    private static int compareDueTimes(Optional<java.time.Instant> a, Optional<java.time.Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }

    /** Code-point order, as PostgreSQL's "C" collation compares UTF-8 text. */
    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}

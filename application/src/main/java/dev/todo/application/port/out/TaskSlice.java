package dev.todo.application.port.out;

import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskPosition;
import java.util.Objects;
import java.util.Optional;

/** A run of consecutive tasks in one order: those matching the filter, strictly after a position. */
public record TaskSlice(TaskFilter filter, TaskOrder order, Optional<TaskPosition> after, int limit) {
    public TaskSlice {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(after, "after");
        if (after.filter(position -> position.sort() != order.sort()).isPresent()) {
            throw new IllegalArgumentException("the position is in another sort than the order");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}

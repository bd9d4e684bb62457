package dev.todo.application.port.out;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import java.util.Objects;
import java.util.Optional;

/**
 * What one change of a task stores ({@link TaskRepository#transition}): the changed task and, for an
 * occurrence of a series, the next occurrence its completion creates or the one its reopening withdraws.
 */
public record TaskTransition(Task task, Optional<NewTask> next, Optional<TaskId> withdraw) {
    public TaskTransition {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(withdraw, "withdraw");
        if (next.isPresent() && withdraw.isPresent()) {
            throw new IllegalArgumentException("a change either creates a next occurrence or withdraws one");
        }
    }

    /** A change that touches no other occurrence. */
    public static TaskTransition of(Task task) {
        return new TaskTransition(task, Optional.empty(), Optional.empty());
    }
}

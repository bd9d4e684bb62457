package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import java.util.Objects;
import java.util.Optional;

/** A task after its completion changed, and the next occurrence that completing a repeating task created. */
public record Completion(Task task, Optional<Task> next) {
    public Completion {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(next, "next");
    }
}

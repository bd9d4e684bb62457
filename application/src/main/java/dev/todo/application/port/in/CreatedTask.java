package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import java.util.Objects;

/** The task a keyed create answers with: new, or ({@code replayed}) the one the key's first request created. */
public record CreatedTask(Task task, boolean replayed) {
    public CreatedTask {
        Objects.requireNonNull(task, "task");
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of tasks, and the cursor of the next page if there is one. */
public record TaskPage(List<Task> tasks, Optional<PageCursor> next) {
    public TaskPage {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(next, "next");
    }
}

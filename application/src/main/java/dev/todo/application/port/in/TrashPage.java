package dev.todo.application.port.in;

import dev.todo.domain.task.TrashedTask;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of the trash, and the cursor of the next page if there is one. */
public record TrashPage(List<TrashedTask> tasks, Optional<PageCursor> next) {
    public TrashPage {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(next, "next");
    }
}

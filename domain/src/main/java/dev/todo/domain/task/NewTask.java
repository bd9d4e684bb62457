package dev.todo.domain.task;

import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A task created by its owner but not stored yet, so without an id; a repository turns it into a {@link Task}. */
public record NewTask(UserId owner, TaskDetails details, Instant createdAt) {
    public NewTask {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(details, "details");
        createdAt = TaskTimes.precise(Objects.requireNonNull(createdAt, "createdAt"));
    }

    /** The stored task: the given id, pending, version 1. */
    public Task withId(TaskId id) {
        return Task.rehydrate(id, owner, details, false, null, createdAt, createdAt, Task.FIRST_VERSION);
    }
}

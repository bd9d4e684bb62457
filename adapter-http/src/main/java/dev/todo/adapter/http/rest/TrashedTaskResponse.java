package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.todo.domain.task.TrashedTask;
import java.time.Instant;

/** A task in the trash as the REST contract shows it: the task's fields and {@code deleted_at}. */
record TrashedTaskResponse(@JsonUnwrapped TaskResponse task, Instant deletedAt) {
    static TrashedTaskResponse from(TrashedTask trashed) {
        return new TrashedTaskResponse(TaskResponse.from(trashed.task()), trashed.deletedAt());
    }
}

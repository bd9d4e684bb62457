package dev.todo.adapter.http.rest;

import dev.todo.domain.change.ChangeEntry;
import java.time.Instant;

/** A change-log entry as the REST contract shows it: {@code task} is the task after the change (trashed with {@code deleted_at}), null for a purge. */
record ChangeEntryResponse(long id, String type, long taskId, Instant at, Object task) {
    static ChangeEntryResponse from(ChangeEntry entry) {
        Object task = entry.trashed()
                .<Object>map(TrashedTaskResponse::from)
                .orElseGet(() -> entry.task().map(TaskResponse::from).orElse(null));
        return new ChangeEntryResponse(
                entry.id(), entry.type().wireName(), entry.taskId().value(), entry.at(), task);
    }
}

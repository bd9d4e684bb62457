package dev.todo.adapter.http.rest;

import dev.todo.domain.task.Description;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import java.time.Instant;
import java.util.List;

/** A task as the REST contract shows it (snake_case through the output mapper); {@code version} is what the ETag carries. */
record TaskResponse(
        long id,
        String userId,
        String title,
        String description,
        boolean completed,
        Instant completedAt,
        String priority,
        Instant dueAt,
        Instant remindAt,
        String recurrence,
        String timeZone,
        boolean allDay,
        Long seriesId,
        Long nextOccurrenceId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static TaskResponse from(Task task) {
        return new TaskResponse(
                task.id().value(),
                task.owner().value(),
                task.title().value(),
                task.description().map(Description::value).orElse(null),
                task.completed(),
                task.completedAt().orElse(null),
                task.priority().map(Priority::code).orElse(null),
                task.dueAt().orElse(null),
                task.remindAt().orElse(null),
                task.recurrence().map(Object::toString).orElse(null),
                task.details().timeZone().getId(),
                task.details().allDay(),
                task.place().seriesId().map(TaskId::value).orElse(null),
                task.place().nextOccurrenceId().map(TaskId::value).orElse(null),
                task.tags().codes(),
                task.createdAt(),
                task.updatedAt(),
                task.version());
    }
}

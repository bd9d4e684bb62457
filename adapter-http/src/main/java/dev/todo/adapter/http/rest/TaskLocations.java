package dev.todo.adapter.http.rest;

import dev.todo.domain.task.Task;

/** The absolute path of a task's resource, for {@code Location}. */
final class TaskLocations {
    private TaskLocations() {}

    /** User ids may hold {@code |}, the one allowed character that is not valid in a URI path. */
    static String of(Task task) {
        return "/api/" + task.owner().value().replace("|", "%7C") + "/tasks/"
                + task.id().value();
    }
}

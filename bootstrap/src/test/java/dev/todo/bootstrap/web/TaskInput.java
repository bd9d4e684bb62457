package dev.todo.bootstrap.web;

import java.time.LocalDateTime;

/** What a person types into the task fields; null leaves a field untouched. */
record TaskInput(String title, String description, String priority, LocalDateTime due, String tags) {
    static TaskInput titled(String title) {
        return new TaskInput(title, null, null, null, null);
    }
}

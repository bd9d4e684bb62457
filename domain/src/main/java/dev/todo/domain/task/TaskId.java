package dev.todo.domain.task;

import dev.todo.domain.ValidationException;

/** Identifier of a task: a positive integer assigned when the task is first stored. */
public record TaskId(long value) {
    public TaskId {
        if (value <= 0) {
            throw new ValidationException("id", "must be a positive integer");
        }
    }

    public static TaskId of(long value) {
        return new TaskId(value);
    }

    /** Parses a path segment; anything but a positive decimal integer is invalid. */
    public static TaskId parse(String text) {
        try {
            return new TaskId(Long.parseLong(text));
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.util.Locale;

/** Which tasks a listing keeps by completion: all, only pending or only completed ones. */
public enum CompletionStatus {
    ALL,
    PENDING,
    COMPLETED;

    public boolean matches(Task task) {
        return switch (this) {
            case ALL -> true;
            case PENDING -> !task.completed();
            case COMPLETED -> task.completed();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CompletionStatus parse(String code) {
        for (CompletionStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new ValidationException("status", "must be one of all, pending, completed");
    }
}

package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.util.Locale;

/** Ascending or descending. */
public enum SortDirection {
    ASC,
    DESC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortDirection parse(String code) {
        for (SortDirection d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new ValidationException("order", "must be asc or desc");
    }
}

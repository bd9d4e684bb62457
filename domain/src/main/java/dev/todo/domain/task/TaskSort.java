package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The key a listing sorts by; ties are always broken by task id. Tasks without a due time sort after
 * every due time; tasks without priority rank below {@code low}.
 */
public enum TaskSort {
    CREATED("created", SortDirection.DESC),
    UPDATED("updated", SortDirection.DESC),
    TITLE("title", SortDirection.ASC),
    DUE_DATE("due_date", SortDirection.ASC),
    PRIORITY("priority", SortDirection.DESC);

    private final String code;
    private final SortDirection defaultDirection;

    TaskSort(String code, SortDirection defaultDirection) {
        this.code = code;
        this.defaultDirection = defaultDirection;
    }

    public String code() {
        return code;
    }

    /** The direction people expect when they name only the key: newest, A–Z, soonest, most important first. */
    public SortDirection defaultDirection() {
        return defaultDirection;
    }

    public static TaskSort parse(String code) {
        for (TaskSort s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new ValidationException(
                "sort",
                "must be one of " + Arrays.stream(values()).map(TaskSort::code).collect(Collectors.joining(", ")));
    }
}

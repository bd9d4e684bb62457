package dev.todo.domain.task;

import dev.todo.domain.Text;
import java.util.Locale;

/** A task's title: 1..200 characters after trimming, on one line, without control characters. */
public record Title(String value) {
    public static final int MAX_LENGTH = 200;

    public Title {
        value = Text.requireLine("title", value, MAX_LENGTH);
    }

    public static Title of(String raw) {
        return new Title(raw);
    }

    /** The key titles sort by: case-insensitive, compared by code point (as PostgreSQL's "C" collation). */
    public String sortKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

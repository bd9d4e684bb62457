package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The labels of a task: at most 10 distinct tags, in the order first given. */
public record Tags(List<Tag> values) {
    public static final int MAX_COUNT = 10;
    public static final Tags NONE = new Tags(List.of());

    public Tags {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(new LinkedHashSet<>(values));
        if (values.size() > MAX_COUNT) {
            throw new ValidationException("tags", "at most " + MAX_COUNT + " tags are allowed");
        }
    }

    /** Normalises raw labels (trim, lowercase, drop duplicates); {@code null} means no tags. */
    public static Tags parse(Collection<String> raw) {
        if (raw == null) {
            return NONE;
        }
        return new Tags(raw.stream().map(Tag::of).toList());
    }

    public static Tags of(String... raw) {
        return parse(List.of(raw));
    }

    public boolean contains(Tag tag) {
        return values.contains(tag);
    }

    public List<String> codes() {
        return values.stream().map(Tag::value).toList();
    }
}

package dev.todo.domain.task;

import dev.todo.domain.Text;
import dev.todo.domain.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A text search: whitespace-separated terms, each of which must occur (case-insensitively, as a
 * substring) in the task's title or description.
 */
public record TextQuery(List<String> terms) {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 10;

    public TextQuery {
        terms = List.copyOf(terms);
        if (terms.isEmpty() || terms.size() > MAX_TERMS) {
            throw new ValidationException("q", "must hold 1 to " + MAX_TERMS + " words");
        }
    }

    /** Parses user input; blank input means "no text filter". */
    public static Optional<TextQuery> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (Text.length(raw) > MAX_LENGTH) {
            throw new ValidationException("q", "must be at most " + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacters(raw, false)) {
            throw new ValidationException("q", "must not contain control characters");
        }
        String[] words = raw.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return Optional.of(new TextQuery(Arrays.asList(words)));
    }

    public boolean matches(Task task) {
        String text = task.searchableText();
        return terms.stream().allMatch(text::contains);
    }
}

package dev.todo.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of several fields so that one {@link ValidationException} reports them
 * all. Parse each field with {@link #check}, then call {@link #throwIfAny()}.
 */
public final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    /** Runs a parser; on failure records its violations and returns {@code null}. */
    public <T> T check(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}

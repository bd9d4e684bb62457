package dev.todo.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a domain or application rule; carries every offending field, not just the first.
 * The one family of invalid-input failures: every value, command and query of the core throws it (or a
 * subclass such as the application's invalid page cursor) for input it refuses.
 */
public class ValidationException extends DomainException {
    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}

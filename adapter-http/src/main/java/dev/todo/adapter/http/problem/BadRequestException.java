package dev.todo.adapter.http.problem;

import dev.todo.domain.FieldViolation;
import java.util.List;

/** A request the server cannot even interpret: malformed JSON, bad query or path parameters. Answered 400. */
public final class BadRequestException extends RuntimeException {
    private final List<FieldViolation> violations;

    public BadRequestException(String detail, List<FieldViolation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    List<FieldViolation> violations() {
        return violations;
    }
}

package dev.todo.adapter.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.todo.domain.FieldViolation;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code instance} is the path of the request that failed, {@code errors}
 * lists the offending fields of a 400 or 422.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Error> errors) {
    /** One offending field; {@code part} names the wrong part of a structured value (a rule's {@code BYDAY}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String field, String part, String message) {
        static Error of(FieldViolation violation) {
            return new Error(violation.field(), violation.part(), violation.message());
        }
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:problem-type:todo:";

    static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null);
    }

    Problem withErrors(List<FieldViolation> violations) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                violations.stream().map(Error::of).toList());
    }

    Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}

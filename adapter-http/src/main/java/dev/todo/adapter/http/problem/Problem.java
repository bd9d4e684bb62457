package dev.todo.adapter.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.todo.domain.FieldViolation;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code instance} is the path of the request that failed, {@code errors}
 * lists the offending fields of a 400 or 422.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldViolation> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:problem-type:todo:";

    static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null);
    }

    Problem withErrors(List<FieldViolation> violations) {
        return new Problem(type, title, status, detail, instance, List.copyOf(violations));
    }

    Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}

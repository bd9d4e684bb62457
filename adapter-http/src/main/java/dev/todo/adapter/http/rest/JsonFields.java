package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.domain.FieldViolation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, field-by-field access to a JSON object body. Wrong JSON types are collected for one 400;
 * unknown and server-owned fields are collected separately, to be reported with the domain's 422.
 */
final class JsonFields {
    private static final int MAX_ECHOED_NAME = 64;

    private final ObjectNode node;
    private final List<FieldViolation> wrongTypes = new ArrayList<>();
    private final List<FieldViolation> rejected = new ArrayList<>();

    private JsonFields(ObjectNode node) {
        this.node = node;
    }

    /**
     * @param writable the fields a client may send
     * @param serverOwned fields of the resource that only the server sets (named as such in the error)
     */
    static JsonFields strict(ObjectNode node, Set<String> writable, Set<String> serverOwned) {
        var fields = new JsonFields(node);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (serverOwned.contains(name)) {
                fields.rejected.add(new FieldViolation(name, "is set by the server and must not be sent"));
            } else if (!writable.contains(name)) {
                fields.rejected.add(new FieldViolation(echo(name), "is not a known field"));
            }
        }
        return fields;
    }

    /** Access that ignores fields it is not asked about (for bodies that other clients extend). */
    static JsonFields lenient(ObjectNode node) {
        return new JsonFields(node);
    }

    /** A string field; {@code null} when absent or JSON null. */
    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            wrongTypes.add(new FieldViolation(name, "must be a string"));
            return null;
        }
        return value.textValue();
    }

    /** An RFC 3339 date-time with an offset; {@code null} when absent or JSON null. */
    Instant time(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            // a string that is not a time is a value problem (422), not a JSON type problem
            rejected.add(
                    new FieldViolation(name, "must be an RFC 3339 date-time with offset, e.g. 2030-01-31T17:00:00Z"));
            return null;
        }
    }

    /** An array of strings; {@code null} when absent or JSON null. */
    List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> result = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    break;
                }
                result.add(element.textValue());
            }
        }
        if (!value.isArray() || result.size() != value.size()) {
            wrongTypes.add(new FieldViolation(name, "must be an array of strings"));
            return null;
        }
        return result;
    }

    /** A boolean field; empty when absent or JSON null. */
    Optional<Boolean> bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            wrongTypes.add(new FieldViolation(name, "must be true or false"));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** A string field, or {@code null} when absent or of another type (not reported). */
    String textIfPresent(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** @throws BadRequestException naming every field of a wrong JSON type read so far */
    void throwIfWrongTypes() {
        if (!wrongTypes.isEmpty()) {
            throw new BadRequestException("some fields have the wrong JSON type", wrongTypes);
        }
    }

    /** Unknown and server-owned fields, and strings that do not hold the value kind they should. */
    List<FieldViolation> rejected() {
        return List.copyOf(rejected);
    }

    private static String echo(String name) {
        return name.length() <= MAX_ECHOED_NAME ? name : name.substring(0, MAX_ECHOED_NAME) + "…";
    }
}

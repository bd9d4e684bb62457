package dev.todo.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.domain.Violations;
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
 * Typed, field-by-field access to a JSON object body. Collects every wrong type, unknown field and
 * server-owned field so that one 422 names them all.
 */
final class JsonFields {
    private static final int MAX_ECHOED_NAME = 64;

    private final ObjectNode node;
    private final Violations violations = new Violations();

    private JsonFields(ObjectNode node) {
        this.node = node;
    }

    /**
     * @param writable the fields a client may send
     * @param serverOwned fields of the resource that only the server sets (named as such in the error)
     */
    static JsonFields of(ObjectNode node, Set<String> writable, Set<String> serverOwned) {
        var fields = new JsonFields(node);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (serverOwned.contains(name)) {
                fields.violations.add(name, "is set by the server and must not be sent");
            } else if (!writable.contains(name)) {
                fields.violations.add(echo(name), "is not a known field");
            }
        }
        return fields;
    }

    /** A string field; {@code null} when absent or JSON null. */
    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            violations.add(name, "must be a string");
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
            violations.add(name, "must be an RFC 3339 date-time with offset, e.g. 2030-01-31T17:00:00Z");
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
            violations.add(name, "must be an array of strings");
            return null;
        }
        return result;
    }

    /** A boolean field; empty when absent. JSON null is not a boolean. */
    Optional<Boolean> bool(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            violations.add(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** Throws a {@link dev.todo.domain.ValidationException} naming every field found wrong so far. */
    void throwIfAny() {
        violations.throwIfAny();
    }

    private static String echo(String name) {
        return name.length() <= MAX_ECHOED_NAME ? name : name.substring(0, MAX_ECHOED_NAME) + "…";
    }
}

package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.domain.FieldViolation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw query strings split into decoded parameters ({@code &}-separated pairs, {@code +} as space). A pair
 * that is not valid percent-encoding is a 400 naming it, rather than being dropped in silence.
 */
final class QueryStrings {
    private QueryStrings() {}

    /** The parameters of {@code rawQuery} ({@code null} for none), each name with its values in order. */
    static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        List<FieldViolation> malformed = new ArrayList<>();
        for (String pair : pairs(rawQuery)) {
            int equals = pair.indexOf('=');
            try {
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.computeIfAbsent(name(pair), key -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                malformed.add(new FieldViolation(rawName(pair), "is not valid percent-encoding"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new BadRequestException("the query string is not valid percent-encoding", malformed);
        }
        return parameters;
    }

    /** The non-empty {@code &}-separated pairs of {@code rawQuery}, still encoded. */
    static List<String> pairs(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return List.of();
        }
        return List.of(rawQuery.split("&")).stream()
                .filter(pair -> !pair.isEmpty())
                .toList();
    }

    /** The decoded name of an encoded pair; throws {@link IllegalArgumentException} if malformed. */
    static String name(String pair) {
        return decode(rawName(pair));
    }

    private static String rawName(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

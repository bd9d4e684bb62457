package dev.todo.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** A received response with JSON conveniences. */
record ApiResponse(HttpResponse<String> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    int status() {
        return raw.statusCode();
    }

    String body() {
        return raw.body();
    }

    Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    List<String> headers(String name) {
        return raw.headers().allValues(name);
    }

    JsonNode json() {
        try {
            return JSON.readTree(raw.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code field} names of a problem's {@code errors}. */
    List<String> errorFields() {
        return json().path("errors").findValuesAsText("field");
    }
}

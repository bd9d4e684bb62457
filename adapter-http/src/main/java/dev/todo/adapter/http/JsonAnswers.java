package dev.todo.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Javalin's JSON mapper for answers: {@code ctx.jsonStream(..)} gets the UTF-8 bytes Jackson writes
 * directly, without building the whole answer as a String first and encoding it again.
 */
final class JsonAnswers implements JsonMapper {
    private final ObjectMapper mapper;

    JsonAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InputStream toJsonStream(Object value, Type type) {
        try {
            return new ByteArrayInputStream(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    @Override
    public String toJsonString(Object value, Type type) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}

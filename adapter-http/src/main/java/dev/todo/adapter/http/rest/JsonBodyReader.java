package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.adapter.http.problem.PayloadTooLargeException;
import dev.todo.adapter.http.problem.RequestTimeoutException;
import dev.todo.adapter.http.problem.UnsupportedMediaTypeException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The JSON entry point of every request body: checks the content type, reads at most the byte limit
 * (chunked bodies are counted while reading) and parses one JSON object. Fails only with
 * {@link UnsupportedMediaTypeException}, {@link PayloadTooLargeException}, {@link RequestTimeoutException} or
 * {@link BadRequestException}.
 */
public final class JsonBodyReader {
    private final ObjectMapper mapper;
    private final int maxBytes;

    public JsonBodyReader(int maxBytes) {
        this.mapper = JsonMappers.input(maxBytes);
        this.maxBytes = maxBytes;
    }

    /** The body as a JSON object; it must be present. */
    ObjectNode readObject(Context ctx) {
        return readOptionalObject(ctx).orElseThrow(() -> malformed("a JSON object is required"));
    }

    /**
     * The body as a JSON object, or empty when the request has none. An announced length over the
     * limit is refused before a byte is read; a chunked body is counted while it is read.
     */
    Optional<ObjectNode> readOptionalObject(Context ctx) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (announced <= 0 && !chunked) {
            return Optional.empty();
        }
        requireJson(ctx.contentType());
        byte[] bytes = readBounded(ctx.bodyInputStream());
        return bytes.length == 0 ? Optional.empty() : Optional.of(parse(bytes));
    }

    /** Parses one JSON object from bytes already read; the fuzzed entry point. */
    ObjectNode parse(byte[] bytes) {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw malformed("the JSON document exceeds a size or nesting limit");
        } catch (JacksonException e) {
            throw malformed("the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            throw malformed("a JSON object is required");
        }
        if (!(node instanceof ObjectNode object)) {
            throw malformed("the body must be a JSON object");
        }
        return object;
    }

    private static void requireJson(String contentType) {
        if (contentType == null) {
            throw new UnsupportedMediaTypeException(null);
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        boolean json = parts[0].strip().equals("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            json = !parameter.startsWith("charset=") || parameter.equals("charset=utf-8");
        }
        if (!json) {
            throw new UnsupportedMediaTypeException(contentType);
        }
    }

    private byte[] readBounded(InputStream in) {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (in) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            if (causedByTimeout(e)) {
                throw new RequestTimeoutException();
            }
            throw malformed("the request body could not be read");
        }
        return out.toByteArray();
    }

    /** Jetty fails a read with a TimeoutException inside when the body is too slow or stops coming. */
    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static BadRequestException malformed(String detail) {
        return new BadRequestException(detail, List.of());
    }
}

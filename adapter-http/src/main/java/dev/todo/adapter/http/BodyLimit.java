package dev.todo.adapter.http;

import io.javalin.http.Context;

/** Refuses a body whose announced length is over the limit before a byte of it is read. */
final class BodyLimit {
    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A before-handler for every request; chunked bodies are counted by {@link JsonBodyReader}. */
    void apply(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
    }
}

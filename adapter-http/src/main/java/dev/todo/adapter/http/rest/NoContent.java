package dev.todo.adapter.http.rest;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** A 204 answer: no body, hence no Content-Type (Javalin presets text/plain on every response). */
public final class NoContent {
    private NoContent() {}

    static void answer(Context ctx) {
        ctx.status(HttpStatus.NO_CONTENT);
        ctx.res().setContentType(null);
    }
}

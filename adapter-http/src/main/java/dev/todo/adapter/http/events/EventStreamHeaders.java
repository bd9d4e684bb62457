package dev.todo.adapter.http.events;

import io.javalin.http.Context;

/** The headers of an event stream (also answered to HEAD): UTF-8 event stream, never stored, never buffered by a proxy. */
public final class EventStreamHeaders {
    private EventStreamHeaders() {}

    public static void apply(Context ctx) {
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream;charset=UTF-8");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Accel-Buffering", "no");
    }
}

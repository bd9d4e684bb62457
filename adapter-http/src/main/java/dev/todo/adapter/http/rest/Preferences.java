package dev.todo.adapter.http.rest;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.Locale;

/** The preferences (RFC 7240) a client states in {@code Prefer} headers, and which of them were applied. */
final class Preferences {
    private Preferences() {}

    /** Whether a {@code Prefer} header of the request states {@code preference} (compared without case). */
    static boolean stated(Context ctx, String preference) {
        for (String header : Collections.list(ctx.req().getHeaders("Prefer"))) {
            for (String stated : header.split(",")) {
                if (stated.strip().toLowerCase(Locale.ROOT).equals(preference)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tells the client that {@code preference} was honoured. */
    static void applied(Context ctx, String preference) {
        ctx.res().addHeader("Preference-Applied", preference);
    }
}

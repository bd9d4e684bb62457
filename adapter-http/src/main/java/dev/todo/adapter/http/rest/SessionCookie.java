package dev.todo.adapter.http.rest;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The refresh token as a cookie, for browser front ends that ask for it with {@code Prefer:
 * refresh-token=cookie}: HttpOnly (scripts never read it), SameSite=Strict (never sent from another site)
 * and limited to the auth paths. It is Secure when the request came over HTTPS (directly or, per
 * {@code X-Forwarded-Proto}, through a proxy); over plain HTTP a browser would not store a Secure cookie.
 */
public final class SessionCookie {
    static final String NAME = "todo_refresh";
    static final String PATH = "/api/auth";
    /** The preference (RFC 7240) a client states to get its refresh token in the cookie instead of the body. */
    static final String PREFERENCE = "refresh-token=cookie";

    private final Duration maxAge;

    public SessionCookie(Duration maxAge) {
        this.maxAge = maxAge;
    }

    static boolean isPreferred(Context ctx) {
        return Preferences.stated(ctx, PREFERENCE);
    }

    static Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(value -> !value.isEmpty());
    }

    void write(Context ctx, String refreshToken) {
        set(ctx, refreshToken, maxAge.toSeconds());
        Preferences.applied(ctx, PREFERENCE);
    }

    static void clear(Context ctx) {
        set(ctx, "", 0);
    }

    private static void set(Context ctx, String value, long maxAgeSeconds) {
        boolean secure =
                "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        NAME + "=" + value + "; Path=" + PATH + "; Max-Age=" + maxAgeSeconds
                                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }
}

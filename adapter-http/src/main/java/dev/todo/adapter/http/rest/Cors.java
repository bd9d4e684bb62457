package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.OriginNotAllowedException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * CORS by exact allow-list. Allowed origins get their own origin echoed (never {@code *}) with
 * {@code Access-Control-Allow-Credentials: true}: front ends such as Better Auth's axios client send
 * {@code withCredentials}, and a browser refuses a credentialed answer without it. The echoed origin is
 * never a wildcard, and {@code Vary: Origin} keeps caches from serving one origin's answer to another.
 * Preflights are answered here.
 */
public final class Cors {
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, If-Match, Prefer, Idempotency-Key, Last-Event-ID";
    private static final String EXPOSED_HEADERS =
            "ETag, Location, Link, Retry-After, WWW-Authenticate, RateLimit, RateLimit-Policy, Preference-Applied, Idempotent-Replayed, X-Total-Count";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> allowedOrigins;

    public Cors(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** A before-handler for every request. */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        if (!allowedOrigins.isEmpty()) {
            ctx.header("Vary", "Origin");
        }
        if (origin == null) {
            return;
        }
        if (!allowedOrigins.contains(origin)) {
            if (preflight) {
                throw new OriginNotAllowedException(origin);
            }
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            NoContent.answer(ctx);
            ctx.skipRemainingHandlers();
        } else {
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }
}

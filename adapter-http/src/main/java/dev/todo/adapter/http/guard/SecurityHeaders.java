package dev.todo.adapter.http.guard;

import io.javalin.http.Context;

/** Headers every response carries: no sniffing, no framing, no referrer, a strict CSP, no caching of the API. */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {}

    /** A before-handler for every request. */
    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", isStatic(ctx.path()) ? "no-cache" : "no-store");
    }

    /** The web UI and the OpenAPI document may be cached if revalidated; answers about data may not. */
    private static boolean isStatic(String path) {
        return !path.startsWith("/api/") && !path.equals("/healthz") && !path.equals("/readyz");
    }
}

package dev.todo.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions last: a session ends after {@code sessionTtl} without a refresh; its access tokens
 * live {@code tokenTtl}, so an ended session's tokens must be refused for that long (plus clock skew).
 */
public record SessionPolicy(Duration sessionTtl, Duration tokenTtl) {
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofDays(30);
    /**
     * How long a refresh whose answer was lost (a reload or a dropped connection while it ran) may be sent
     * again with the token it spent, before that counts as reuse of a copied token.
     */
    public static final Duration REFRESH_RETRY_WINDOW = Duration.ofSeconds(30);
    /** The clock skew token verification tolerates; an ended session is remembered this much longer. */
    static final Duration TOKEN_LEEWAY = Duration.ofSeconds(60);

    public SessionPolicy {
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        if (sessionTtl.compareTo(tokenTtl) <= 0) {
            throw new IllegalArgumentException("a session must outlive its access tokens");
        }
    }

    /** How long an ended session's access tokens can still be presented. */
    Duration rememberEnded() {
        return tokenTtl.plus(TOKEN_LEEWAY);
    }
}

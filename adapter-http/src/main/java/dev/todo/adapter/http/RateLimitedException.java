package dev.todo.adapter.http;

import java.time.Duration;

/** Too many sign-in or sign-up attempts for one account or one client address. Answered 429. */
final class RateLimitedException extends RuntimeException {
    private final Duration retryAfter;

    RateLimitedException(Duration retryAfter) {
        super("too many attempts; retry in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the {@code Retry-After} header wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

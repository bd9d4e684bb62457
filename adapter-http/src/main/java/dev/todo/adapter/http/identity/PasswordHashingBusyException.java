package dev.todo.adapter.http.identity;

import java.time.Duration;

/**
 * Every password-hashing slot stayed busy for longer than the hasher waits; the request should be
 * answered 503 with {@code Retry-After: retryAfter} rather than queue behind a flood of sign-ins.
 */
public final class PasswordHashingBusyException extends RuntimeException {
    private final Duration retryAfter;

    public PasswordHashingBusyException(Duration retryAfter) {
        super("password hashing is saturated; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

package dev.todo.adapter.http.identity;

import java.time.Duration;

/**
 * A token names a key the external issuer's cached JWKS lacks, and the JWKS cannot be fetched: the token
 * may well be valid, so the request should be answered 503 with {@code Retry-After: retryAfter}, not 401.
 */
public final class IssuerUnavailableException extends RuntimeException {
    private final Duration retryAfter;

    public IssuerUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

package dev.todo.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket: up to {@code burst} attempts at once, then one more each {@code refillEvery}.
 * {@code maxKeys} bounds how many accounts or addresses are tracked at a time.
 */
public record RateLimit(int burst, Duration refillEvery, long maxKeys) {
    /** Ten attempts, then one every 30 seconds, for each email address. */
    public static final RateLimit DEFAULT_PER_ACCOUNT = new RateLimit(10, Duration.ofSeconds(30), 100_000);

    /** Thirty attempts, then one every 2 seconds, for each client address. */
    public static final RateLimit DEFAULT_PER_ADDRESS = new RateLimit(30, Duration.ofSeconds(2), 100_000);

    public RateLimit {
        Objects.requireNonNull(refillEvery, "refillEvery");
        if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("burst, refillEvery and maxKeys must be positive");
        }
    }
}

package dev.todo.adapter.http;

/** Attempts left for one key: refilled continuously up to the burst size. Thread-safe. */
final class TokenBucket {
    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long nanosPerToken, long now) {
        this.capacity = capacity;
        this.nanosPerToken = nanosPerToken;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one attempt; returns 0 if allowed, else the nanoseconds until the next attempt is. */
    synchronized long tryTake(long now) {
        tokens = Math.min(capacity, tokens + (double) (now - updatedAt) / nanosPerToken);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * nanosPerToken);
    }
}

package dev.todo.adapter.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (an email or a client address), held in a bounded cache: a bucket left alone
 * long enough to be full again is forgotten, and at most {@link RateLimit#maxKeys()} are kept.
 */
final class RateLimiter {
    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Cache<String, TokenBucket> buckets;

    RateLimiter(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.maxKeys())
                .expireAfterAccess(limit.refillEvery().multipliedBy(limit.burst()))
                .build();
    }

    /** Counts one attempt for the key. @throws RateLimitedException if the key has none left */
    void acquire(String key) {
        long now = nanoTime.getAsLong();
        long nanosPerToken = limit.refillEvery().toNanos();
        TokenBucket bucket = buckets.get(key, k -> new TokenBucket(limit.burst(), nanosPerToken, now));
        long waitNanos = bucket.tryTake(now);
        if (waitNanos > 0) {
            throw new RateLimitedException(Duration.ofNanos(waitNanos));
        }
    }
}

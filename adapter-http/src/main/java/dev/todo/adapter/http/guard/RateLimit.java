package dev.todo.adapter.http.guard;

import io.github.bucket4j.Bandwidth;
import java.time.Duration;
import java.util.Objects;

/**
 * A budget of {@code quota} requests per {@code window} for one key (a user, an address, an account),
 * refilled gradually over the window, so up to the whole quota may be spent at once. {@code maxKeys}
 * bounds how many keys are tracked at a time. Written {@code 600/PT1M} in settings.
 */
public record RateLimit(int quota, Duration window, long maxKeys) {
    static final long DEFAULT_MAX_KEYS = 100_000;

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (quota < 1 || window.toSeconds() < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("quota, window (at least a second) and maxKeys must be positive");
        }
        bandwidth(quota, window); // Bucket4j's own limits (at most one request per nanosecond), checked once here
    }

    /** The Bucket4j bandwidth of this budget: the whole quota at once, refilled greedily over the window. */
    Bandwidth bandwidth() {
        return bandwidth(quota, window);
    }

    private static Bandwidth bandwidth(int quota, Duration window) {
        return Bandwidth.builder().capacity(quota).refillGreedy(quota, window).build();
    }

    /** {@code quota/window}, e.g. {@code 600/PT1M}: 600 requests a minute. */
    public static RateLimit parse(String text) {
        String[] parts = text.strip().split("/", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected <count>/<ISO-8601 duration>, e.g. 600/PT1M, was " + text);
        }
        try {
            return new RateLimit(
                    Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()), DEFAULT_MAX_KEYS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "expected <count>/<ISO-8601 duration>, e.g. 600/PT1M, was " + text + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return quota + "/" + window;
    }
}

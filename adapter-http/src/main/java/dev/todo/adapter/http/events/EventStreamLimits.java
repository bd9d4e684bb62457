package dev.todo.adapter.http.events;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of the live event streams of one instance: streams per user and in all, the heartbeat
 * period, events queued for a slow client and how long one write may stay pending before the stream ends.
 */
public record EventStreamLimits(
        int perUser, int perInstance, Duration heartbeat, int maxQueued, Duration maxWritePending) {
    public static final EventStreamLimits DEFAULTS =
            new EventStreamLimits(10, 1_000, Duration.ofSeconds(15), 1_000, Duration.ofSeconds(30));

    public EventStreamLimits {
        if (perUser < 1 || perInstance < 1 || maxQueued < 1) {
            throw new IllegalArgumentException("stream bounds must be positive");
        }
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(maxWritePending, "maxWritePending");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive, was " + heartbeat);
        }
    }

    public EventStreamLimits withStreams(int user, int instance) {
        return new EventStreamLimits(user, instance, heartbeat, maxQueued, maxWritePending);
    }

    public EventStreamLimits withHeartbeat(Duration every) {
        return new EventStreamLimits(perUser, perInstance, every, maxQueued, maxWritePending);
    }
}

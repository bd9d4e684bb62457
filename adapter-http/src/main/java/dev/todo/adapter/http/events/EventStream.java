package dev.todo.adapter.http.events;

import dev.todo.application.port.in.ChangeSink;
import dev.todo.application.port.in.ChangeSubscription;
import dev.todo.domain.change.ChangeEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One open {@code text/event-stream} response. Entries are queued as frames by the feed (which never
 * waits) and written by one writer task at a time on the streams' own threads; a client that lets
 * {@link EventStreamLimits#maxQueued()} frames pile up, or leaves a write pending too long, loses its stream.
 */
final class EventStream implements ChangeSink {
    private final HttpServletResponse response;
    private final Executor writers;
    private final EventStreamLimits limits;
    private final Function<ChangeEntry, String> json;
    private final Instant tokenExpiresAt;
    private final Runnable onClose;
    private final Queue<byte[]> frames = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Completed when the stream ends: the response is then finished. */
    final CompletableFuture<Void> done = new CompletableFuture<>();

    private volatile boolean started;
    private volatile ChangeSubscription subscription;
    private volatile long writeStartedNanos;
    private volatile long lastSentNanos = System.nanoTime();

    EventStream(
            HttpServletResponse response,
            Executor writers,
            EventStreamLimits limits,
            Function<ChangeEntry, String> json,
            Instant tokenExpiresAt,
            int retryMillis,
            Runnable onClose) {
        this.response = response;
        this.writers = writers;
        this.limits = limits;
        this.json = json;
        this.tokenExpiresAt = tokenExpiresAt;
        this.onClose = onClose;
        enqueue("retry: " + retryMillis + "\n\n");
    }

    @Override
    public void deliver(ChangeEntry entry) {
        enqueue("id: " + entry.id() + "\nevent: " + entry.type().wireName() + "\ndata: " + json.apply(entry) + "\n\n");
    }

    /** The client must resynchronise: ending the stream makes it reconnect and be told so (410). */
    @Override
    public void lostTrack() {
        close();
    }

    /** Starts writing once the subscription is in place (frames queued meanwhile go first). */
    void start(ChangeSubscription subscription) {
        this.subscription = subscription;
        started = true;
        if (closed.get()) {
            subscription.close();
        }
        writeSoon();
    }

    /** The periodic check: ends the stream when its token expired or a write hangs, else pings when idle. */
    void tick(long nowNanos, Instant now) {
        long pendingSince = writeStartedNanos;
        if (!now.isBefore(tokenExpiresAt)
                || (pendingSince != 0
                        && nowNanos - pendingSince > limits.maxWritePending().toNanos())) {
            close();
        } else if (nowNanos - lastSentNanos >= limits.heartbeat().toNanos()) {
            enqueue(": ping\n\n");
        }
    }

    private void enqueue(String frame) {
        if (closed.get()) {
            return;
        }
        if (queued.incrementAndGet() > limits.maxQueued()) {
            close();
            return;
        }
        frames.add(frame.getBytes(StandardCharsets.UTF_8));
        writeSoon();
    }

    private void writeSoon() {
        if (started && !closed.get() && writing.compareAndSet(false, true)) {
            writers.execute(this::writeQueued);
        }
    }

    private void writeQueued() {
        try {
            byte[] frame;
            while (!closed.get() && (frame = frames.poll()) != null) {
                queued.decrementAndGet();
                writeStartedNanos = System.nanoTime();
                var out = response.getOutputStream();
                out.write(frame);
                out.flush();
                writeStartedNanos = 0;
                lastSentNanos = System.nanoTime();
            }
        } catch (IOException | RuntimeException e) {
            close(); // the client went away
        } finally {
            writing.set(false);
        }
        if (!frames.isEmpty()) {
            writeSoon();
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Ends the stream: no more deliveries, the response is finished. Idempotent. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ChangeSubscription watching = subscription;
        if (watching != null) {
            watching.close();
        }
        frames.clear();
        onClose.run();
        done.complete(null);
    }
}

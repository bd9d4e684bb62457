package dev.todo.adapter.http.events;

import dev.todo.application.port.in.ChangeSubscription;
import dev.todo.application.port.in.WatchChangesUseCase;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.user.UserId;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The live event streams of this instance: opened within their bounds (per user, in all), kept alive by
 * heartbeats, ended when their token expires, and all ended cleanly when the server stops. An open stream
 * holds no request thread: its response is asynchronous and written by the streams' own threads.
 */
public final class EventStreams implements AutoCloseable {
    private static final long TICK_MILLIS = 500;

    private final EventStreamLimits limits;
    private final Clock clock;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final Map<UserId, AtomicInteger> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final ExecutorService writers = Executors.newCachedThreadPool(daemon("todo-event-writer"));
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(daemon("todo-event-ticker"));
    private volatile boolean closing;

    public EventStreams(EventStreamLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** How many streams are open now. */
    public int openCount() {
        return open.size();
    }

    /** @throws TooManyStreamsException if one more stream of {@code owner} would exceed a bound */
    public void checkRoom(UserId owner) {
        if (closing || total.get() >= limits.perInstance()) {
            throw new TooManyStreamsException(true);
        }
        AtomicInteger users = perUser.get(owner);
        if (users != null && users.get() >= limits.perUser()) {
            throw new TooManyStreamsException(false);
        }
    }

    /**
     * Opens a stream of {@code owner}'s entries after {@code after} as the response of {@code ctx}: the bounds
     * and the position are checked before anything is sent, so a refusal is still an ordinary error answer.
     */
    public void open(
            Context ctx,
            UserId owner,
            Instant tokenExpiresAt,
            OptionalLong after,
            WatchChangesUseCase watch,
            Function<ChangeEntry, String> json) {
        reserve(owner);
        EventStream stream;
        ChangeSubscription subscription;
        int retry = ThreadLocalRandom.current().nextInt(1_000, 5_001);
        stream = new EventStream(ctx.res(), writers, limits, json, tokenExpiresAt, retry, () -> release(owner));
        try {
            subscription = watch.watch(owner, after, stream);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        EventStreamHeaders.apply(ctx);
        open.add(stream);
        stream.done.whenComplete((ended, failure) -> open.remove(stream));
        ctx.future(() -> stream.done);
        stream.start(subscription);
        if (closing) {
            stream.close();
        }
    }

    private void reserve(UserId owner) {
        checkRoom(owner);
        if (total.incrementAndGet() > limits.perInstance()) {
            total.decrementAndGet();
            throw new TooManyStreamsException(true);
        }
        AtomicInteger users = perUser.computeIfAbsent(owner, user -> new AtomicInteger());
        if (users.incrementAndGet() > limits.perUser()) {
            release(owner);
            throw new TooManyStreamsException(false);
        }
    }

    private void release(UserId owner) {
        total.decrementAndGet();
        perUser.computeIfPresent(owner, (user, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private void tick() {
        long nowNanos = System.nanoTime();
        Instant now = clock.instant();
        for (EventStream stream : open) {
            try {
                stream.tick(nowNanos, now);
            } catch (RuntimeException e) {
                stream.close();
            }
        }
    }

    /** Ends every stream (each response is finished) and refuses new ones; then stops the streams' threads. */
    @Override
    public void close() {
        closing = true;
        open.forEach(EventStream::close);
        ticker.shutdownNow();
        writers.shutdown();
        try {
            writers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package dev.todo.application.service;

import dev.todo.application.port.in.ChangeSink;
import dev.todo.application.port.in.ChangeSubscription;
import dev.todo.application.port.in.WatchChangesUseCase;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeRead;
import dev.todo.application.port.out.ChangeSignals;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live delivery of change-log entries to watchers on this instance. A watcher is registered at its position
 * before anything is read, and each user's log is read by one pump at a time from the lowest position of
 * that user's watchers, so every entry reaches every watcher once and in order: a signal (from any
 * instance) starts a pump, a read that found entries held back by a transaction still in progress is
 * repeated shortly, and a periodic sweep reads every followed log again, making good a lost signal.
 */
public final class ChangeFeed implements WatchChangesUseCase, ChangeSignals.Listener, AutoCloseable {
    static final int READ_BATCH = 500;
    /** How soon a log is read again when entries were held back behind a transaction still in progress. */
    static final Duration HELD_BACK_RETRY = Duration.ofMillis(20);

    private final ChangeLog log;
    private final ScheduledExecutorService pumps;
    private final Map<UserId, Followed> followed = new ConcurrentHashMap<>();

    /** Starts the sweep every {@code sweepInterval}; pumps run on two threads of the feed's own. */
    public ChangeFeed(ChangeLog log, Duration sweepInterval) {
        this.log = Objects.requireNonNull(log, "log");
        AtomicInteger threads = new AtomicInteger();
        this.pumps = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "todo-change-feed-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long sweep = sweepInterval.toMillis();
        pumps.scheduleWithFixedDelay(this::missedSome, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    @Override
    public ChangeSubscription watch(UserId actor, OptionalLong after, ChangeSink sink) {
        long start;
        if (after.isPresent()) {
            ListChangesService.readUnbroken(log, actor, after.getAsLong(), 1);
            start = after.getAsLong();
        } else {
            start = log.read(actor, Long.MAX_VALUE, 0).position();
        }
        Watcher watcher = new Watcher(actor, sink, start);
        followed.compute(actor, (owner, users) -> {
            Followed following = users == null ? new Followed() : users;
            following.watchers.add(watcher);
            return following;
        });
        pump(actor);
        return watcher;
    }

    /** How many watchers are open on this instance. */
    public int watching() {
        return followed.values().stream()
                .mapToInt(following -> following.watchers.size())
                .sum();
    }

    @Override
    public void grew(UserId owner) {
        pump(owner);
    }

    @Override
    public void missedSome() {
        followed.keySet().forEach(this::pump);
    }

    @Override
    public void close() {
        pumps.shutdownNow();
    }

    private void pump(UserId owner) {
        Followed following = followed.get(owner);
        if (following != null && following.requestRead()) {
            pumps.execute(() -> readUntilQuiet(owner, following));
        }
    }

    private void readUntilQuiet(UserId owner, Followed following) {
        boolean heldBack = false;
        do {
            try {
                heldBack = deliverNewEntries(owner, following);
            } catch (RuntimeException e) {
                // the store is unreachable for now: the next signal or sweep reads again
            }
        } while (following.readAgain());
        if (heldBack) {
            pumps.schedule(() -> pump(owner), HELD_BACK_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Gives every watcher the entries after its position; true if some were held back by a running transaction. */
    private boolean deliverNewEntries(UserId owner, Followed following) {
        while (true) {
            List<Watcher> watchers = List.copyOf(following.watchers);
            if (watchers.isEmpty()) {
                return false;
            }
            long from = watchers.stream().mapToLong(Watcher::position).min().orElseThrow();
            ChangeRead read = log.read(owner, from, READ_BATCH);
            for (Watcher watcher : watchers) {
                if (watcher.position() < read.trimmedThrough()) {
                    watcher.sink.lostTrack();
                    watcher.close();
                    continue;
                }
                read.entries().forEach(watcher::offer);
            }
            if (read.entries().size() < READ_BATCH) {
                return read.heldBack();
            }
        }
    }

    /** The watchers of one user and whether their log is being read (0 idle, 1 reading, 2 read again after). */
    private static final class Followed {
        final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
        final AtomicInteger state = new AtomicInteger();

        /** True if the caller must start a read; false if one is running (it will read once more). */
        boolean requestRead() {
            while (true) {
                int now = state.get();
                if (now == 2 || (now == 1 && state.compareAndSet(1, 2))) {
                    return false;
                }
                if (now == 0 && state.compareAndSet(0, 1)) {
                    return true;
                }
            }
        }

        /** Called when a read ends: true if another was asked for meanwhile. */
        boolean readAgain() {
            if (state.compareAndSet(1, 0)) {
                return false;
            }
            state.set(1);
            return true;
        }
    }

    /** One open watch: its sink and the id of the last entry it was given. */
    private final class Watcher implements ChangeSubscription {
        private final UserId owner;
        private final ChangeSink sink;
        private volatile long position;
        private volatile boolean closed;

        Watcher(UserId owner, ChangeSink sink, long position) {
            this.owner = owner;
            this.sink = Objects.requireNonNull(sink, "sink");
            this.position = position;
        }

        /** Only the pump of this watcher's user calls this, so deliveries never overlap. */
        void offer(ChangeEntry entry) {
            if (!closed && entry.id() > position) {
                sink.deliver(entry);
                position = entry.id();
            }
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public void close() {
            closed = true;
            followed.computeIfPresent(owner, (user, following) -> {
                following.watchers.remove(this);
                return following.watchers.isEmpty() ? null : following;
            });
        }
    }
}

package dev.todo.adapter.postgres;

import dev.todo.domain.user.UserId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every instance that users' logs grew: after a change has committed, its owner is queued here and a
 * thread of its own sends the queued owners together ({@code NOTIFY todo_changes.<schema>, '<user id>'}),
 * {@link #GATHER} after the first, in one statement through the pool (each such statement is a
 * transaction with a commit, so batching matters: bench run 8). Notifying inside the writing
 * transaction would make every writing commit wait for the cluster-wide notify lock through its WAL flush
 * (research R608, measured in R616); a lost notification only delays an event until the next sweep.
 */
final class ChangeNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);
    static final Duration GATHER = Duration.ofMillis(20);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final String NOTIFY = "select pg_notify(?, owner) from unnest(?) owner";

    private final DataSource pool;
    private final String channel;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Whether the sender was woken for what is pending: later owners join that batch without waking it again. */
    private final AtomicBoolean woken = new AtomicBoolean();

    private final Thread sender;
    private volatile boolean closed;

    ChangeNotifier(DataSource pool, TodoSchema schema) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.channel = channel(schema);
        this.sender = new Thread(this::sendUntilClosed, "todo-change-notifier");
        sender.setDaemon(true);
        sender.start();
    }

    /** The channel the changes of Todo's tables in {@code schema} are announced on. */
    static String channel(TodoSchema schema) {
        return "todo_changes." + schema.name();
    }

    /** Announces, shortly, that {@code owner}'s log has grown; call after the change committed. */
    void changed(UserId owner) {
        if (pending.add(owner.value()) && woken.compareAndSet(false, true)) {
            LockSupport.unpark(sender);
        }
    }

    private void sendUntilClosed() {
        while (!closed) {
            if (pending.isEmpty()) {
                woken.set(false);
                if (pending.isEmpty()) { // an owner queued before the reset woke nobody: send it now
                    LockSupport.parkNanos(this, RETRY.toNanos());
                }
                continue;
            }
            parkFully(GATHER); // let more owners join this batch
            woken.set(false);
            if (!sendPending()) {
                LockSupport.parkNanos(this, RETRY.toNanos());
            }
        }
    }

    /** Parks for the whole of {@code time}, whatever wakes the thread meanwhile (closing ends it). */
    private void parkFully(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        for (long left = time.toNanos(); left > 0 && !closed; left = end - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    /** Sends what is queued; false (and the owners queued again) if the database refused. */
    private boolean sendPending() {
        List<String> owners = new ArrayList<>(pending);
        if (owners.isEmpty()) {
            return true;
        }
        pending.removeAll(owners);
        try {
            send(pool, channel, owners);
            return true;
        } catch (SQLException | RuntimeException e) {
            pending.addAll(owners);
            LOG.warn("change notifications: could not send ({}); retrying", e.getMessage());
            return false;
        }
    }

    /** One {@code NOTIFY} of each payload on {@code channel}, in one statement through {@code pool}, committed. */
    static void send(DataSource pool, String channel, List<String> payloads) throws SQLException {
        try (Connection connection = pool.getConnection();
                var notify = connection.prepareStatement(NOTIFY)) {
            notify.setString(1, channel);
            notify.setArray(2, connection.createArrayOf("text", payloads.toArray()));
            notify.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Sends what is still queued (once), then stops. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(sender);
        try {
            sender.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sendPending();
    }
}

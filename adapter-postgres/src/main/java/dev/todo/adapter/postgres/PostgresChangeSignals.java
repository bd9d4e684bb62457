package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ChangeSignals;
import dev.todo.domain.user.UserId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signals {@link ChangeNotifier}s of every instance send ({@code NOTIFY todo_changes.<schema>, '<user id>'}),
 * heard on one session connection of its own: LISTEN needs one, so behind a transaction pooler it must be
 * the direct URL. Reconnects after a failure (1 s, doubling to 30 s) and then tells listeners they may have
 * missed some; after each connection it checks that a signal sent through the pool arrives, and warns if not.
 */
public final class PostgresChangeSignals implements ChangeSignals, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeSignals.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration PING_EVERY = Duration.ofSeconds(10);
    private static final Duration SELF_TEST_WAIT = Duration.ofSeconds(5);
    private static final int POLL_MILLIS = 250;
    private static final String SELF_TEST = "self-test";

    private final DatabaseUrl directUrl;
    private final DataSource pool;
    private final String channel;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean connected = new AtomicBoolean();
    private final Thread thread;

    /** Starts listening on {@code directUrl} for the changes of {@code schema}; signals are tested through {@code pool}. */
    PostgresChangeSignals(DatabaseUrl directUrl, DataSource pool, TodoSchema schema) {
        this.directUrl = Objects.requireNonNull(directUrl, "directUrl");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.channel = ChangeNotifier.channel(schema);
        this.thread = new Thread(this::listenUntilClosed, "todo-change-signals");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public AutoCloseable listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** Whether the listening connection is up now. */
    public boolean isConnected() {
        return connected.get();
    }

    private void listenUntilClosed() {
        Duration retry = FIRST_RETRY;
        while (running.get()) {
            try (Connection listening = connect()) {
                try (Statement listen = listening.createStatement()) {
                    listen.execute("listen \"" + channel + "\"");
                }
                connected.set(true);
                retry = FIRST_RETRY;
                listeners.forEach(Listener::missedSome);
                String selfTest = SELF_TEST + " " + UUID.randomUUID();
                sendThroughPool(selfTest);
                hear(listening.unwrap(PGConnection.class), listening, selfTest);
            } catch (SQLException | RuntimeException e) {
                if (running.get()) {
                    LOG.warn(
                            "change signals: connection to {} lost ({}); retrying in {} s",
                            directUrl,
                            e.getMessage(),
                            retry.toSeconds());
                }
            } finally {
                connected.set(false);
            }
            if (!pause(retry)) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
        }
    }

    /** Hands each signal to the listeners until closed or the connection fails. */
    private void hear(PGConnection listening, Connection plain, String selfTest) throws SQLException {
        long started = System.nanoTime();
        long lastPing = started;
        boolean selfTestHeard = false;
        boolean warned = false;
        while (running.get()) {
            PGNotification[] signals = listening.getNotifications(POLL_MILLIS);
            for (PGNotification signal : signals == null ? new PGNotification[0] : signals) {
                if (signal.getParameter().equals(selfTest)) {
                    selfTestHeard = true;
                } else {
                    deliver(signal.getParameter());
                }
            }
            long now = System.nanoTime();
            if (!selfTestHeard && !warned && now - started > SELF_TEST_WAIT.toNanos()) {
                warned = true;
                LOG.warn(
                        "change signals: a notification sent through the pool did not arrive on {} within {} s;"
                                + " behind a transaction pooler set DATABASE_DIRECT_URL to a direct (session) connection."
                                + " Live events fall back to the sweep every 15 s",
                        directUrl,
                        SELF_TEST_WAIT.toSeconds());
            }
            if (now - lastPing > PING_EVERY.toNanos()) {
                lastPing = now;
                try (Statement ping = plain.createStatement()) {
                    ping.execute("select 1");
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            UserId owner = UserId.of(payload);
            listeners.forEach(listener -> listener.grew(owner));
        } catch (RuntimeException e) {
            LOG.warn("change signals: ignored a payload that is not a user id");
        }
    }

    private void sendThroughPool(String payload) {
        try {
            ChangeNotifier.send(pool, channel, List.of(payload));
        } catch (SQLException e) {
            LOG.warn("change signals: could not send the self-test through the pool ({})", e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "todo-change-signals");
        directUrl.properties().forEach(properties::setProperty);
        directUrl.user().ifPresent(user -> properties.setProperty("user", user));
        directUrl.password().ifPresent(password -> properties.setProperty("password", password));
        return DriverManager.getConnection(directUrl.jdbcUrl(), properties);
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening and closes the connection, waiting at most a second for the thread. */
    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

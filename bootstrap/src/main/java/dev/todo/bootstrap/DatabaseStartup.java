package dev.todo.bootstrap;

import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.PostgresPersistence;
import dev.todo.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date at start-up, waiting for a database that is not reachable yet (it may be
 * starting beside the service) with growing pauses, up to DB_CONNECT_TIMEOUT; then fails with one line.
 */
final class DatabaseStartup {
    private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private DatabaseStartup() {}

    static void migrate(PostgresPersistence persistence, DatabaseUrl url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                persistence.migrate();
                return;
            } catch (StorageUnavailableException e) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.compareTo(pause) < 0) {
                    throw new StartupFailure(
                            "DATABASE_URL: no answer from the database at " + url.location()
                                    + " within " + timeout.toSeconds() + " s ("
                                    + sqlMessage(e).orElse(e.getMessage())
                                    + "); check that it runs and accepts connections, or wait longer"
                                    + " (example: DB_CONNECT_TIMEOUT=PT2M)",
                            e);
                }
                log.warn(
                        "the database at {} is not reachable yet; trying again in {} ms",
                        url.location(),
                        pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            } catch (RuntimeException e) {
                throw new StartupFailure(
                        "DATABASE_URL: the database at " + url.location() + " refused to set up the"
                                + " schema ("
                                + sqlMessage(e).orElse(e.getClass().getSimpleName() + ": " + e.getMessage())
                                + "); check the user, password, database name and the user's rights"
                                + " (example: DATABASE_URL=postgresql://todo:secret@db.example.com:5432/todo)",
                        e);
            }
        }
    }

    /** The driver's own words, which name the actual problem (refused, authentication, missing database). */
    private static Optional<String> sqlMessage(Throwable failure) {
        String found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                found = sql.getMessage().lines().findFirst().orElse("") + " [SQLSTATE " + sql.getSQLState() + "]";
            }
        }
        return Optional.ofNullable(found);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("start-up was interrupted while waiting for the database", e);
        }
    }
}

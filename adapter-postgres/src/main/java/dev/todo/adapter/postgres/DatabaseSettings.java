package dev.todo.adapter.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the database and size the pool: the URL, the most connections to hold, and how long
 * a statement may run before it is cancelled (the caller then sees the store as unavailable).
 */
public record DatabaseSettings(DatabaseUrl url, int poolSize, Duration statementTimeout) {
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        if (statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("statement timeout must be at least 1 ms");
        }
    }

    public static DatabaseSettings of(DatabaseUrl url, int poolSize) {
        return new DatabaseSettings(url, poolSize, DEFAULT_STATEMENT_TIMEOUT);
    }
}

package dev.todo.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;

/** Builds the HikariCP pool: short waits so a missing database shows as an error quickly, never as a hang. */
final class ConnectionPool {
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** Migrating runs once at start-up, when a busy machine may take longer to open the first connection. */
    static final Duration MIGRATION_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);
    // Driver defaults a URL may override: give up on an unreachable or silent server within seconds.
    private static final Map<String, String> DRIVER_DEFAULTS = Map.of(
            "connectTimeout", "2",
            "socketTimeout", "30",
            "tcpKeepAlive", "true",
            "ApplicationName", "todo");

    private ConnectionPool() {}

    static HikariDataSource open(DatabaseSettings settings) {
        return open(settings, CONNECTION_TIMEOUT);
    }

    static HikariDataSource open(DatabaseSettings settings, Duration connectionTimeout) {
        var config = new HikariConfig();
        DatabaseUrl url = settings.url();
        config.setPoolName("todo-postgres");
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        DRIVER_DEFAULTS.forEach(config::addDataSourceProperty);
        url.properties().forEach(config::addDataSourceProperty);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        // Start without a reachable database: the service comes up, reports unready and connects later.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}

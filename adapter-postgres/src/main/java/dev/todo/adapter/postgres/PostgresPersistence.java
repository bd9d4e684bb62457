package dev.todo.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.UserRepository;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The PostgreSQL persistence of the service: one connection pool and the repositories over it. The
 * bootstrap module connects, migrates, hands the repositories to the services and closes it on shutdown.
 */
public final class PostgresPersistence implements AutoCloseable {
    /** Flyway holds one connection for its lock and history while it migrates on another. */
    private static final int MIGRATION_CONNECTIONS = 2;

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final TaskRepository tasks;
    private final UserRepository users;
    private final SigningKeyRepository signingKeys;

    private PostgresPersistence(HikariDataSource dataSource, DatabaseSettings settings) {
        this.settings = settings;
        this.dataSource = dataSource;
        // no statement uses <attribute> templates: skip rendering every SQL text on every call
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin()).setTemplateEngine(TemplateEngine.NOP);
        var transactions = new ScopedTransactions(jdbi, settings.statementTimeout());
        this.tasks = new PostgresTaskRepository(transactions);
        this.users = new PostgresUserRepository(transactions);
        this.signingKeys = new PostgresSigningKeyRepository(transactions);
    }

    /**
     * Opens the pool. Succeeds even while the database is down: calls then fail with
     * {@link dev.todo.application.port.out.StorageUnavailableException} and {@link #isReachable()} is false.
     */
    public static PostgresPersistence connect(DatabaseSettings settings) {
        return new PostgresPersistence(ConnectionPool.open(settings), settings);
    }

    /**
     * Applies pending schema migrations as the connecting user, who must be able to create tables, the
     * {@code todo_app} role and the pg_trgm and btree_gin extensions. Returns how many were applied.
     *
     * @throws dev.todo.application.port.out.StorageUnavailableException if the database cannot be reached
     */
    public int migrate() {
        // A pool of its own, so migrating works whatever the size of the service's pool.
        var migrationSettings =
                new DatabaseSettings(settings.url(), MIGRATION_CONNECTIONS, settings.statementTimeout());
        try (HikariDataSource migrationPool =
                ConnectionPool.open(migrationSettings, ConnectionPool.MIGRATION_CONNECTION_TIMEOUT)) {
            return Migrations.apply(migrationPool);
        }
    }

    public TaskRepository taskRepository() {
        return tasks;
    }

    public UserRepository userRepository() {
        return users;
    }

    public SigningKeyRepository signingKeyRepository() {
        return signingKeys;
    }

    /** True if a pooled connection answers within the pool's short timeouts; for readiness checks. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) ConnectionPool.VALIDATION_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The pool, for metrics (for example {@code setMetricsTrackerFactory}) and for tools that need a DataSource. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Live pool figures: active, idle, total connections and threads waiting for one. */
    public HikariPoolMXBean poolMetrics() {
        return dataSource.getHikariPoolMXBean();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package dev.todo.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.DueReminders;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.UserRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The PostgreSQL persistence: the repositories over a connection pool, in one schema. The service
 * {@linkplain #connect(DatabaseSettings) connects} with a pool of its own; an embedding application passes
 * {@linkplain #over(DataSource, TodoSchema) its own DataSource} and the schema Todo keeps its tables in.
 */
public final class PostgresPersistence implements AutoCloseable {
    /** Flyway holds one connection for its lock and history while it migrates on another. */
    private static final int MIGRATION_CONNECTIONS = 2;

    private final DataSource dataSource;
    private final Optional<OwnedPool> ownedPool;
    private final TodoSchema schema;
    private final TaskRepository tasks;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final ExpiredTrash expiredTrash;
    private final DueReminders dueReminders;
    private final PostgresChangeLog changeLog;
    private final ChangeNotifier notifier;
    private final SigningKeyRepository signingKeys;

    /** A pool this class opened from a URL, and therefore closes. */
    private record OwnedPool(HikariDataSource pool, DatabaseSettings settings) {}

    private PostgresPersistence(
            DataSource dataSource, Optional<OwnedPool> ownedPool, TodoSchema schema, Duration statementTimeout) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.schema = schema;
        // no statement uses <attribute> templates: skip rendering every SQL text on every call
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin()).setTemplateEngine(TemplateEngine.NOP);
        var transactions = new ScopedTransactions(jdbi, statementTimeout, schema);
        this.notifier = new ChangeNotifier(dataSource, schema);
        this.tasks = new NotifyingTaskRepository(new PostgresTaskRepository(transactions), notifier);
        this.users = new PostgresUserRepository(transactions);
        this.sessions = new PostgresSessionRepository(transactions);
        this.expiredTrash = new PostgresExpiredTrash(transactions, notifier);
        this.dueReminders = new PostgresDueReminders(transactions, notifier);
        this.changeLog = new PostgresChangeLog(transactions);
        this.signingKeys = new PostgresSigningKeyRepository(transactions);
    }

    /**
     * Opens a pool of its own. Succeeds even while the database is down: calls then fail with
     * {@link dev.todo.application.port.out.StorageUnavailableException} and {@link #isReachable()} is false.
     * The schema is the first of the URL's {@code currentSchema} parameter, {@code public} without one.
     */
    public static PostgresPersistence connect(DatabaseSettings settings) {
        HikariDataSource pool = ConnectionPool.open(settings);
        return new PostgresPersistence(
                pool,
                Optional.of(new OwnedPool(pool, settings)),
                TodoSchema.of(settings.url()),
                settings.statementTimeout());
    }

    /**
     * Works over the host application's DataSource (which it never closes), with Todo's tables in
     * {@code schema}. Each transaction sets the runtime role, the acting user and {@code search_path} for
     * itself only, so the host's own transactions on the same pool are not affected. Statements are
     * cancelled after {@link DatabaseSettings#DEFAULT_STATEMENT_TIMEOUT}.
     */
    public static PostgresPersistence over(DataSource dataSource, TodoSchema schema) {
        return new PostgresPersistence(
                Objects.requireNonNull(dataSource, "dataSource"),
                Optional.empty(),
                Objects.requireNonNull(schema, "schema"),
                DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * Applies pending schema migrations into the schema (creating it if needed) as the connecting user, who
     * must be able to create the schema or own it, the {@code todo_app} role and the pg_trgm and btree_gin
     * extensions. The history is the schema's own table {@value Migrations#HISTORY_TABLE} (a database
     * migrated before it existed keeps {@code flyway_schema_history}), so other tables and other Flyway
     * histories in the database are left alone. Returns how many migrations were applied.
     *
     * @throws dev.todo.application.port.out.StorageUnavailableException if the database cannot be reached
     */
    public int migrate() {
        if (ownedPool.isEmpty()) {
            return Migrations.apply(dataSource, schema);
        }
        // A pool of its own, so migrating works whatever the size of the service's pool.
        DatabaseSettings settings = ownedPool.get().settings();
        var migrationSettings =
                new DatabaseSettings(settings.url(), MIGRATION_CONNECTIONS, settings.statementTimeout());
        try (HikariDataSource migrationPool =
                ConnectionPool.open(migrationSettings, ConnectionPool.MIGRATION_CONNECTION_TIMEOUT)) {
            return Migrations.apply(migrationPool, schema);
        }
    }

    public TaskRepository taskRepository() {
        return tasks;
    }

    public UserRepository userRepository() {
        return users;
    }

    /** Every user's trash, as housekeeping reaches it (expired tasks only). */
    public ExpiredTrash expiredTrash() {
        return expiredTrash;
    }

    /** Every user's due reminders, found across users and fired as their owners. */
    public DueReminders dueReminders() {
        return dueReminders;
    }

    /** Users' change logs, as the triggers on the task tables write them. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /** Every user's change log, as housekeeping reaches it (old entries only). */
    public ExpiredChanges expiredChanges() {
        return changeLog;
    }

    /**
     * Starts hearing the signals of new log entries on a session connection of its own to {@code directUrl}
     * (the database's direct address when the pool goes through a transaction pooler); close it to stop.
     */
    public PostgresChangeSignals listenForChanges(DatabaseUrl directUrl) {
        return new PostgresChangeSignals(directUrl, dataSource, schema);
    }

    /** Runs {@code job} once per {@code period} across every instance on this database, until closed. */
    public ClusterScheduler scheduleHousekeeping(Duration period, Runnable job) {
        return ClusterScheduler.start(dataSource, schema, period, job);
    }

    public SessionRepository sessionRepository() {
        return sessions;
    }

    public SigningKeyRepository signingKeyRepository() {
        return signingKeys;
    }

    public TodoSchema schema() {
        return schema;
    }

    /** Rate-limit buckets every instance on this database shares (the sign-in and sign-up limits). */
    public SharedRateLimitBuckets sharedRateLimitBuckets() {
        return new SharedRateLimitBuckets(dataSource, schema);
    }

    /** True if a connection answers within a second; for readiness checks. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) ConnectionPool.VALIDATION_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The DataSource the repositories use: the own pool, or the host application's. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Live figures of the own pool: active, idle, total connections and threads waiting for one.
     *
     * @throws IllegalStateException when working over a host application's DataSource
     */
    public HikariPoolMXBean poolMetrics() {
        return ownedPool
                .orElseThrow(() -> new IllegalStateException("the pool is the host application's"))
                .pool()
                .getHikariPoolMXBean();
    }

    /** Sends the change notifications still queued, then closes the own pool; a host application's DataSource stays open. */
    @Override
    public void close() {
        notifier.close();
        ownedPool.ifPresent(owned -> owned.pool().close());
    }
}

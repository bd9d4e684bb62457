package dev.todo.adapter.postgres;

import dev.todo.application.port.out.StorageUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Applies the forward-only Flyway migrations in {@code db/migration} into one schema, as the connecting
 * (owning) user, with a history table of Todo's own in that schema.
 */
final class Migrations {
    /** Todo's history table: never the name a host application's own Flyway uses by default. */
    static final String HISTORY_TABLE = "todo_schema_history";
    /** Where databases migrated before {@link #HISTORY_TABLE} existed keep their history. */
    static final String EARLIER_HISTORY_TABLE = "flyway_schema_history";

    private static final String FIRST_SCRIPT = "V1__users_tasks_signing_keys.sql";

    private Migrations() {}

    /** Brings the schema up to date; returns how many migrations were applied. */
    static int apply(DataSource dataSource, TodoSchema schema) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .schemas(schema.name())
                    .defaultSchema(schema.name())
                    .table(historyTable(dataSource, schema))
                    // A schema that already holds a host's tables (public, typically) gets an empty baseline
                    // before version 1, so every migration still runs; a name clash then fails in V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            if (causedByUnavailability(e)) {
                throw new StorageUnavailableException("the database is unavailable for migration", e);
            }
            throw e;
        }
    }

    /**
     * {@value #HISTORY_TABLE}, unless the schema was migrated before it existed: then its
     * {@value #EARLIER_HISTORY_TABLE} holds Todo's first migration and stays Todo's history.
     */
    static String historyTable(DataSource dataSource, TodoSchema schema) {
        String earlier = schema.name() + "." + EARLIER_HISTORY_TABLE;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement exists =
                        connection.prepareStatement("select to_regclass(?) is not null and to_regclass(?) is null")) {
            exists.setString(1, earlier);
            exists.setString(2, schema.name() + "." + HISTORY_TABLE);
            if (!holds(exists)) {
                return HISTORY_TABLE;
            }
            try (PreparedStatement todos = connection.prepareStatement(
                    "select exists (select from " + earlier + " where script = ? and success)")) {
                todos.setString(1, FIRST_SCRIPT);
                return holds(todos) ? EARLIER_HISTORY_TABLE : HISTORY_TABLE;
            }
        } catch (SQLException e) {
            throw DatabaseErrors.isUnavailable(e)
                    ? new StorageUnavailableException("the database is unavailable for migration", e)
                    : new IllegalStateException("cannot read the migration history of schema " + schema, e);
        }
    }

    private static boolean holds(PreparedStatement query) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static boolean causedByUnavailability(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && DatabaseErrors.isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }
}

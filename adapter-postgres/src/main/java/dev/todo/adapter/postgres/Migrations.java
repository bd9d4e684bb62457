package dev.todo.adapter.postgres;

import dev.todo.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Applies the forward-only Flyway migrations in {@code db/migration} as the connecting (owning) user. */
final class Migrations {
    private Migrations() {}

    /** Brings the schema up to date; returns how many migrations were applied. */
    static int apply(DataSource dataSource) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
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

    private static boolean causedByUnavailability(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && DatabaseErrors.isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }
}

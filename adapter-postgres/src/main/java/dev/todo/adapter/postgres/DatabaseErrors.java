package dev.todo.adapter.postgres;

import dev.todo.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;
import org.postgresql.util.PSQLException;

/** Turns driver and pool failures into the application's errors, so no SQL exception leaves the adapter. */
final class DatabaseErrors {
    static final String UNIQUE_VIOLATION = "23505";
    /** Server states after which the same request may well succeed later: the store is unavailable, not wrong. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "57014", // query_canceled (statement timeout)
            "53300", // too_many_connections
            "53400", // configuration_limit_exceeded
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "25P03"); // idle_in_transaction_session_timeout

    private DatabaseErrors() {}

    /** The exception to throw instead of {@code failure}. */
    static RuntimeException translate(RuntimeException failure) {
        Optional<SQLException> sql = sqlCause(failure);
        if (failure instanceof ConnectionException
                || sql.map(DatabaseErrors::isUnavailable).orElse(false)) {
            return new StorageUnavailableException("the database is unavailable", failure);
        }
        String state = sql.map(SQLException::getSQLState).orElse("unknown");
        return new IllegalStateException("the database refused a statement (SQLSTATE " + state + ")", failure);
    }

    static boolean isUniqueViolation(RuntimeException failure, String constraint) {
        return sqlCause(failure)
                .filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState()))
                .filter(e -> e instanceof PSQLException psql
                        && psql.getServerErrorMessage() != null
                        && constraint.equals(psql.getServerErrorMessage().getConstraint()))
                .isPresent();
    }

    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException
                || e instanceof SQLRecoverableException
                || state.startsWith("08")
                || UNAVAILABLE_STATES.contains(state);
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}

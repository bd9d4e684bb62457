package dev.todo.adapter.postgres.embedded;

/**
 * The embedded PostgreSQL cannot be set up, started or stopped. The message is one line that says what
 * is wrong and what to do, fit to be shown to the person starting the service.
 */
public final class EmbeddedDatabaseException extends RuntimeException {
    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.todo.adapter.postgres;

import dev.todo.domain.user.Email;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs every unit of work in a transaction that first drops to the runtime role, names the acting user
 * and points {@code search_path} at Todo's schema, in one statement. Every setting is transaction-local,
 * so nothing survives into the next transaction on the same connection (safe behind a transaction-mode
 * pooler, and harmless to a host application that shares the pool).
 */
final class ScopedTransactions {
    /** The role the application's statements run as: no superuser, no table owner, no BYPASSRLS. */
    static final String RUNTIME_ROLE = "todo_app";

    private static final String BEGIN = """
            select set_config('role', '%s', true),
                   set_config('app.user_id', :userId, true),
                   set_config('app.email', :email, true),
                   set_config('statement_timeout', :timeout, true),
                   set_config('search_path', :searchPath, true)
            """.formatted(RUNTIME_ROLE);

    private final Jdbi jdbi;
    private final String statementTimeout;
    private final String searchPath;

    ScopedTransactions(Jdbi jdbi, Duration statementTimeout) {
        this(jdbi, statementTimeout, TodoSchema.PUBLIC);
    }

    ScopedTransactions(Jdbi jdbi, Duration statementTimeout, TodoSchema schema) {
        this.jdbi = jdbi;
        this.statementTimeout = statementTimeout.toMillis() + "ms";
        // pg_catalog is searched first anyway; the extensions (pg_trgm, btree_gin) sit in Todo's schema or public
        this.searchPath = schema.equals(TodoSchema.PUBLIC) ? "public" : schema.name() + ", public";
    }

    /** Work on behalf of one user: row-level security shows and accepts only that user's rows. */
    <R> R actingAs(UserId user, HandleCallback<R, RuntimeException> work) {
        return run(user.value(), "", work);
    }

    /** Work for a sign-in, before the user is known: only the account with this email is visible. */
    <R> R lookingUp(Email email, HandleCallback<R, RuntimeException> work) {
        return run("", email.value(), work);
    }

    /** Work for the service itself (its signing key): no user's rows are visible. */
    <R> R asService(HandleCallback<R, RuntimeException> work) {
        return run("", "", work);
    }

    private <R> R run(String userId, String email, HandleCallback<R, RuntimeException> work) {
        try {
            return jdbi.inTransaction(handle -> {
                handle.createQuery(BEGIN)
                        .bind("userId", userId)
                        .bind("email", email)
                        .bind("timeout", statementTimeout)
                        .bind("searchPath", searchPath)
                        .mapTo(String.class)
                        .one();
                return work.withHandle(handle);
            });
        } catch (JdbiException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}

package dev.todo.adapter.postgres;

import dev.todo.domain.user.Email;
import dev.todo.domain.user.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs every unit of work in a transaction that first drops to the runtime role, names the acting user
 * and points {@code search_path} at Todo's schema, in one statement (the scope). Every setting is
 * transaction-local, so nothing survives into the next transaction on the same connection (safe behind a
 * transaction-mode pooler, and harmless to a host application that shares the pool).
 *
 * <p>A unit of work that is one statement goes to the server in one round trip: the scope and the
 * statement are sent together, without BEGIN and COMMIT, and PostgreSQL runs everything up to the
 * protocol's Sync as one implicit transaction, so the scope holds for the statement and ends with it.
 */
final class ScopedTransactions {
    /** The role the application's statements run as: no superuser, no table owner, no BYPASSRLS. */
    static final String RUNTIME_ROLE = "todo_app";

    private static final String SCOPE = """
            select set_config('role', '%s', true),
                   set_config('app.user_id', :userId, true),
                   set_config('app.email', :email, true),
                   set_config('statement_timeout', :timeout, true),
                   set_config('search_path', :searchPath, true)
            """.formatted(RUNTIME_ROLE);

    /** The role housekeeping runs as: it reaches only rows that have expired (see V8). */
    static final String HOUSEKEEPING_ROLE = "todo_housekeeper";

    private static final String HOUSEKEEPING_SCOPE = """
            select set_config('role', '%s', true),
                   set_config('app.purge_before', :purgeBefore, true),
                   set_config('statement_timeout', :timeout, true),
                   set_config('search_path', :searchPath, true)
            """.formatted(HOUSEKEEPING_ROLE);

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

    /** Work for housekeeping: only rows that expired before {@code purgeBefore}, of any user, are reachable. */
    <R> R asHousekeeper(Instant purgeBefore, HandleCallback<R, RuntimeException> work) {
        try {
            return jdbi.inTransaction(handle -> {
                handle.createQuery(HOUSEKEEPING_SCOPE)
                        .bind("purgeBefore", purgeBefore.toString())
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

    /**
     * One statement on behalf of one user, in one round trip; its rows (a query, or a change with
     * {@code returning}). On a connection that does not auto-commit (a host's pool may hand out such)
     * the same two statements run in the transaction it is in, which is then committed.
     */
    <T> List<T> rowsActingAs(UserId user, String sql, Consumer<Query> binds, RowMapper<T> mapper) {
        try {
            return jdbi.withHandle(handle -> {
                HandleCallback<List<T>, RuntimeException> statement = h -> {
                    Query query = scope(h.createQuery(SCOPE + ";\n" + sql), user.value(), "");
                    binds.accept(query);
                    return query.execute((both, context) -> {
                        PreparedStatement sent = both.get();
                        // the first result is the scope's row; the statement's rows follow
                        if (!sent.getMoreResults()) {
                            throw new IllegalStateException("the statement returned no rows: " + sql);
                        }
                        ResultSet rows = sent.getResultSet();
                        return ResultIterable.of(() -> rows, mapper, context).list();
                    });
                };
                // without auto-commit the two statements run in the transaction the host handed out
                return handle.isInTransaction() ? committed(handle, statement) : statement.withHandle(handle);
            });
        } catch (JdbiException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    private Query scope(Query query, String userId, String email) {
        return query.bind("userId", userId)
                .bind("email", email)
                .bind("timeout", statementTimeout)
                .bind("searchPath", searchPath);
    }

    private <R> R run(String userId, String email, HandleCallback<R, RuntimeException> work) {
        try {
            return jdbi.withHandle(handle -> handle.isInTransaction()
                    ? committed(handle, h -> scoped(h, userId, email, work))
                    : handle.inTransaction(h -> scoped(h, userId, email, work)));
        } catch (JdbiException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    /**
     * Work on a connection a host's pool handed out with auto-commit off, so already inside a transaction
     * that JDBI did not begin and would not commit: commit it here (roll it back on failure), so that an
     * answered change is a committed one.
     */
    private static <R> R committed(Handle handle, HandleCallback<R, RuntimeException> work) {
        try {
            R result = work.withHandle(handle);
            handle.commit();
            return result;
        } catch (RuntimeException e) {
            handle.rollback();
            throw e;
        }
    }

    /** The scope, then the work, on a handle inside a transaction. */
    private <R> R scoped(Handle handle, String userId, String email, HandleCallback<R, RuntimeException> work) {
        scope(handle.createQuery(SCOPE), userId, email).mapTo(String.class).one();
        return work.withHandle(handle);
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Tasks in the {@code tasks} table; every statement runs as the task's owner under row-level security.
 * Reads, inserts and completion changes are one statement each, sent with their scope in one round trip;
 * a change that needs the current task reads it under a lock and writes it in one transaction.
 */
final class PostgresTaskRepository implements TaskRepository {
    private static final String INSERT = """
            insert into tasks (user_id, title, title_key, description, completed, completed_at, priority,
                               due_at, tags, search, created_at, updated_at, version)
            values (:owner, :title, :titleKey, :description, :completed, cast(:completedAt as timestamptz),
                    cast(:priority as smallint), cast(:dueAt as timestamptz), :tags, :search, :createdAt,
                    :createdAt, 1)
            returning id
            """;
    private static final String FIND =
            "select " + TaskRowMapper.COLUMNS + " from tasks where user_id = :owner and id = :id";
    /** The row of a change, locked until the transaction ends: a concurrent change waits for this one. */
    private static final String FIND_FOR_UPDATE = FIND + " for update";

    private static final String UPDATE = """
            update tasks
               set title = :title, title_key = :titleKey, description = :description, completed = :completed,
                   completed_at = cast(:completedAt as timestamptz), priority = cast(:priority as smallint),
                   due_at = cast(:dueAt as timestamptz), tags = :tags, search = :search,
                   updated_at = :updatedAt, version = :version
             where user_id = :owner and id = :id
            """;
    /**
     * Toggle ({@code :completed} null) or set, on the row as it is when the row lock is taken: every
     * right-hand side sees the old row, so {@code completed_at} always agrees with {@code completed}.
     */
    private static final String COMPLETE = """
            update tasks
               set completed = coalesce(cast(:completed as boolean), not completed),
                   completed_at = case when coalesce(cast(:completed as boolean), not completed) = completed then completed_at
                                       when coalesce(cast(:completed as boolean), not completed) then cast(:now as timestamptz)
                                       else null end,
                   updated_at = case when coalesce(cast(:completed as boolean), not completed) = completed then updated_at
                                     else cast(:now as timestamptz) end,
                   version = case when coalesce(cast(:completed as boolean), not completed) = completed then version
                                  else version + 1 end
             where user_id = :owner and id = :id
            returning %s
            """.formatted(TaskRowMapper.COLUMNS);

    private static final String DELETE = "delete from tasks where user_id = :owner and id = :id";

    private final ScopedTransactions transactions;
    private final TaskRowMapper mapper = new TaskRowMapper();

    PostgresTaskRepository(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Task add(NewTask task) {
        long id = transactions
                .rowsActingAs(
                        task.owner(),
                        INSERT,
                        insert -> bindDetails(
                                        insert,
                                        task.details(),
                                        task.completed(),
                                        task.completedAt().orElse(null))
                                .bind("owner", task.owner().value())
                                .bind("createdAt", SqlTimes.utc(task.createdAt())),
                        (row, context) -> row.getLong("id"))
                .get(0);
        return task.withId(TaskId.of(id));
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        return first(transactions.rowsActingAs(
                owner, FIND, find -> find.bind("owner", owner.value()).bind("id", id.value()), mapper));
    }

    /** One transaction: the row read under a lock, the change applied, the row written. */
    @Override
    public Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        return transactions.actingAs(
                owner,
                handle -> findLocked(handle, owner, id).map(current -> {
                    Task changed = change.apply(current);
                    if (changed == current) {
                        return current;
                    }
                    Task stored = changed.storedAfter(current);
                    bindDetails(
                                    handle.createUpdate(UPDATE),
                                    stored.details(),
                                    stored.completed(),
                                    stored.completedAt().orElse(null))
                            .bind("owner", owner.value())
                            .bind("id", id.value())
                            .bind("version", stored.version())
                            .bind("updatedAt", SqlTimes.utc(stored.updatedAt()))
                            .execute();
                    return stored;
                }));
    }

    @Override
    public Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        return first(transactions.rowsActingAs(
                owner,
                COMPLETE,
                update -> update.bind("owner", owner.value())
                        .bind("id", id.value())
                        .bindByType("completed", completed.orElse(null), Boolean.class)
                        .bind("now", SqlTimes.utc(now)),
                mapper));
    }

    /** One transaction: the row read under a lock, checked, deleted. */
    @Override
    public boolean delete(UserId owner, TaskId id, Consumer<Task> check) {
        return transactions.actingAs(
                owner,
                handle -> findLocked(handle, owner, id)
                        .map(current -> {
                            check.accept(current);
                            handle.createUpdate(DELETE)
                                    .bind("owner", owner.value())
                                    .bind("id", id.value())
                                    .execute();
                            return true;
                        })
                        .orElse(false));
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        var query = new TaskListQuery(owner, slice);
        return transactions.rowsActingAs(owner, query.sql(), select -> select.bindMap(query.values()), mapper);
    }

    private static Optional<Task> first(List<Task> rows) {
        return rows.stream().findFirst();
    }

    private Optional<Task> findLocked(Handle handle, UserId owner, TaskId id) {
        return handle.createQuery(FIND_FOR_UPDATE)
                .bind("owner", owner.value())
                .bind("id", id.value())
                .map(mapper)
                .findOne();
    }

    /**
     * Binds the owner-editable fields, completion included, and the keys derived from them (sort key and
     * search text): the one place that maps a task's details to columns, for inserts and updates.
     */
    private static <S extends SqlStatement<S>> S bindDetails(
            S statement, TaskDetails details, boolean completed, Instant completedAt) {
        return statement
                .bind("completed", completed)
                .bind("completedAt", SqlTimes.utc(completedAt))
                .bind("title", details.title().value())
                .bind("titleKey", details.title().sortKey())
                .bind("description", details.description().map(d -> d.value()).orElse(null))
                .bind("priority", Priority.rankOf(details.priority()))
                .bind("dueAt", SqlTimes.utc(details.dueAt().orElse(null)))
                .bindArray("tags", String.class, details.tags().codes())
                .bind("search", details.searchableText());
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.KeyedAdd;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.application.port.out.TaskTransition;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.Sha256;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.SeriesPlace;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskTimes;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
                               due_at, tags, search, created_at, updated_at, version, remind_at, reminder_due_at,
                               recurrence, time_zone, series_id, series_start, occurrence_of, next_occurrence_id,
                               all_day)
            values (:owner, :title, :titleKey, :description, :completed, cast(:completedAt as timestamptz),
                    cast(:priority as smallint), cast(:dueAt as timestamptz), :tags, :search, :createdAt,
                    :createdAt, 1, cast(:remindAt as timestamptz), cast(:pendingReminder as timestamptz),
                    :recurrence, :timeZone, cast(:seriesId as bigint), cast(:seriesStart as timestamp),
                    cast(:occurrenceOf as timestamp), cast(:nextOccurrenceId as bigint), :allDay)
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
                   updated_at = :updatedAt, version = :version, remind_at = cast(:remindAt as timestamptz),
                   reminder_due_at = case when remind_at is distinct from cast(:remindAt as timestamptz)
                                            or completed <> :completed
                                          then cast(:pendingReminder as timestamptz)
                                          else reminder_due_at end,
                   recurrence = :recurrence, time_zone = :timeZone, series_id = cast(:seriesId as bigint),
                   series_start = cast(:seriesStart as timestamp), occurrence_of = cast(:occurrenceOf as timestamp),
                   next_occurrence_id = cast(:nextOccurrenceId as bigint), all_day = :allDay
             where user_id = :owner and id = :id
            """;
    /**
     * Toggle ({@code :completed} null) or set, on the row as it is when the row lock is taken: every
     * right-hand side sees the old row, so {@code completed_at} always agrees with {@code completed}. A
     * task in a series is left to {@link #transition}.
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
                                  else version + 1 end,
                   reminder_due_at = case when coalesce(cast(:completed as boolean), not completed) = completed then reminder_due_at
                                          when coalesce(cast(:completed as boolean), not completed) then null
                                          when remind_at > cast(:now as timestamptz) then remind_at
                                          else null end
             where user_id = :owner and id = :id and recurrence is null and next_occurrence_id is null
            returning %s
            """.formatted(TaskRowMapper.COLUMNS);

    /** The task's row moved to the trash in one statement: one version on, updated when it was deleted. */
    private static final String MOVE_TO_TRASH = """
            with moved as (delete from tasks where user_id = :owner and id = :id returning *)
            insert into trashed_tasks (%1$s, title_key, search, deleted_at)
            select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at,
                   :now, version + 1, remind_at, recurrence, time_zone, series_id, series_start, occurrence_of,
                   next_occurrence_id, all_day, title_key, search, :now
              from moved
            """.formatted(TaskRowMapper.COLUMNS);
    /** The row moved back from the trash with the id it had: one version on, updated now. */
    private static final String RESTORE = """
            with moved as (delete from trashed_tasks where user_id = :owner and id = :id returning *)
            insert into tasks (%1$s, title_key, search, reminder_due_at) overriding system value
            select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at,
                   :now, version + 1, remind_at, recurrence, time_zone, series_id, series_start, occurrence_of,
                   next_occurrence_id, all_day, title_key, search,
                   case when not completed and remind_at > :now then remind_at end
              from moved
            returning %1$s
            """.formatted(TaskRowMapper.COLUMNS);

    private static final String PURGE = "delete from trashed_tasks where user_id = :owner and id = :id returning id";
    private static final String LIST_TRASH = """
            select %s, deleted_at from trashed_tasks
             where user_id = :owner and (cast(:afterAt as timestamptz) is null or (deleted_at, id) < (:afterAt, :afterId))
             order by deleted_at desc, id desc
             limit :limit
            """.formatted(TaskRowMapper.COLUMNS);

    /** Held until the transaction ends; {@code false} at once when another transaction holds it. */
    private static final String TRY_KEY_LOCK = "select pg_try_advisory_xact_lock(:lockClass, :lockKey)";
    /** Keys of this owner past their lifetime go first: the owner's key table stays a day long. */
    private static final String FORGET_OLD_KEYS =
            "delete from idempotency_keys where user_id = :owner and created_at <= :oldest";
    /** The task columns first, as the row mapper reads them by place. */
    private static final String FIND_KEY = """
            select %s, k.fingerprint
              from idempotency_keys k, jsonb_populate_record(null::tasks, k.task) t
             where k.user_id = :owner and k.key = :key
            """.formatted(TaskRowMapper.COLUMNS.replaceAll("(\\w+)", "t.$1"));

    private static final String KEEP_KEY = """
            insert into idempotency_keys (user_id, key, fingerprint, task, created_at)
            select :owner, :key, :fingerprint, to_jsonb(t), :now from tasks t where t.user_id = :owner and t.id = :id
            """;
    /** The class of Todo's advisory locks (two-integer form), apart from a host application's own. */
    private static final int KEY_LOCK_CLASS = 0x746f646f; // "todo"

    private final ScopedTransactions transactions;
    private final TaskRowMapper mapper = new TaskRowMapper();

    PostgresTaskRepository(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Task add(NewTask task) {
        long id = transactions
                .rowsActingAs(
                        task.owner(), INSERT, insert -> bindNew(insert, task), (row, context) -> row.getLong("id"))
                .get(0);
        return task.withId(TaskId.of(id));
    }

    /**
     * One transaction: the key's advisory lock (not waiting: held means in flight), the key looked up in a
     * statement of its own (so a first request committed meanwhile is seen), then the insert and the key.
     */
    @Override
    public KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint) {
        UserId owner = task.owner();
        return transactions.actingAs(owner, handle -> {
            boolean locked = handle.createQuery(TRY_KEY_LOCK)
                    .bind("lockClass", KEY_LOCK_CLASS)
                    .bind("lockKey", keyLock(owner, key))
                    .mapTo(Boolean.class)
                    .one();
            if (!locked) {
                return KeyedAdd.refused(KeyedAdd.Outcome.IN_FLIGHT);
            }
            handle.createUpdate(FORGET_OLD_KEYS)
                    .bind("owner", owner.value())
                    .bind("oldest", SqlTimes.utc(task.createdAt().minus(KEY_LIFETIME)))
                    .execute();
            Optional<KeyedAdd> earlier = handle.createQuery(FIND_KEY)
                    .bind("owner", owner.value())
                    .bind("key", key)
                    .map((row, context) -> Arrays.equals(row.getBytes("fingerprint"), fingerprint)
                            ? KeyedAdd.replayed(mapper.map(row, context))
                            : KeyedAdd.refused(KeyedAdd.Outcome.KEY_REUSED))
                    .findOne();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            long id =
                    bindNew(handle.createQuery(INSERT), task).mapTo(Long.class).one();
            handle.createUpdate(KEEP_KEY)
                    .bind("owner", owner.value())
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .bind("now", SqlTimes.utc(task.createdAt()))
                    .bind("id", id)
                    .execute();
            return KeyedAdd.created(task.withId(TaskId.of(id)));
        });
    }

    /**
     * The lock of one owner's key: 32 bits of SHA-256 over both (two keys in flight at the same moment that
     * collide only answer one of them 409, which succeeds when retried).
     */
    private static int keyLock(UserId owner, String key) {
        return ByteBuffer.wrap(Sha256.of(owner.value() + "\n" + key)).getInt();
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        return first(transactions.rowsActingAs(
                owner, FIND, find -> find.bind("owner", owner.value()).bind("id", id.value()), mapper));
    }

    /** One transaction: the row read under a lock, the change applied, the row written. */
    @Override
    public Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        return transition(owner, id, current -> TaskTransition.of(change.apply(current)));
    }

    /**
     * One transaction: the occurrence read under a lock, the step applied, its next occurrence inserted (its
     * {@code task.created} first) or the one to withdraw moved to the trash if untouched (locked after this
     * one: an occurrence before its next, never the other way), then the occurrence written.
     */
    @Override
    public Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step) {
        return transactions.actingAs(
                owner,
                handle -> findLocked(handle, owner, id).map(current -> {
                    TaskTransition transition = step.apply(current);
                    Task changed = transition.task();
                    if (changed == current) {
                        return current;
                    }
                    if (transition.next().isPresent()) {
                        long next = bindNew(
                                        handle.createQuery(INSERT),
                                        transition.next().get())
                                .mapTo(Long.class)
                                .one();
                        changed = changed.withNextOccurrence(Optional.of(TaskId.of(next)));
                    }
                    if (transition.withdraw().isPresent()
                            && withdraw(handle, owner, transition.withdraw().get(), changed.updatedAt())) {
                        changed = changed.withNextOccurrence(Optional.empty());
                    }
                    Task stored = changed.storedAfter(current);
                    var update = bindDetails(
                                    handle.createUpdate(UPDATE),
                                    stored.details(),
                                    stored.completed(),
                                    stored.completedAt().orElse(null))
                            .bind("owner", owner.value())
                            .bind("id", id.value())
                            .bind("version", stored.version())
                            .bind("updatedAt", SqlTimes.utc(stored.updatedAt()))
                            .bind(
                                    "pendingReminder",
                                    SqlTimes.utc(stored.details()
                                            .pendingReminder(stored.completed(), stored.updatedAt())
                                            .orElse(null)));
                    bindPlace(update, stored.place()).execute();
                    return stored;
                }));
    }

    /** Moves a next occurrence to the trash if it is untouched: version 1, open, in the list. */
    private boolean withdraw(Handle handle, UserId owner, TaskId next, Instant now) {
        boolean untouched = findLocked(handle, owner, next)
                .filter(task -> !task.completed() && task.version() == Task.FIRST_VERSION)
                .isPresent();
        if (untouched) {
            moveRowToTrash(handle, owner, next, TaskTimes.precise(now));
        }
        return untouched;
    }

    /** The row moved to the trash, deleted at {@code deletedAt}; the caller holds its lock. */
    private static void moveRowToTrash(Handle handle, UserId owner, TaskId id, Instant deletedAt) {
        handle.createUpdate(MOVE_TO_TRASH)
                .bind("owner", owner.value())
                .bind("id", id.value())
                .bind("now", SqlTimes.utc(deletedAt))
                .execute();
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

    /** One transaction: the row read under a lock, checked, moved to the trash. */
    @Override
    public Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now) {
        return transactions.actingAs(
                owner,
                handle -> findLocked(handle, owner, id).map(current -> {
                    check.accept(current);
                    TrashedTask trashed = TrashedTask.of(current, now);
                    moveRowToTrash(handle, owner, id, trashed.deletedAt());
                    return trashed;
                }));
    }

    @Override
    public Optional<Task> restore(UserId owner, TaskId id, Instant now) {
        return first(transactions.rowsActingAs(
                owner,
                RESTORE,
                restore -> restore.bind("owner", owner.value())
                        .bind("id", id.value())
                        .bind("now", SqlTimes.utc(TaskTimes.precise(now))),
                mapper));
    }

    @Override
    public boolean purge(UserId owner, TaskId id) {
        return !transactions
                .rowsActingAs(
                        owner,
                        PURGE,
                        purge -> purge.bind("owner", owner.value()).bind("id", id.value()),
                        (row, context) -> row.getLong(1))
                .isEmpty();
    }

    @Override
    public List<TrashedTask> listTrash(UserId owner, TrashSlice slice) {
        return transactions.rowsActingAs(
                owner,
                LIST_TRASH,
                list -> list.bind("owner", owner.value())
                        .bind(
                                "afterAt",
                                slice.after()
                                        .map(after -> SqlTimes.utc(after.deletedAt()))
                                        .orElse(null))
                        .bind(
                                "afterId",
                                slice.after().map(after -> after.id().value()).orElse(0L))
                        .bind("limit", slice.limit()),
                (row, context) -> new TrashedTask(
                        mapper.map(row, context),
                        row.getObject("deleted_at", OffsetDateTime.class).toInstant()));
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        var query = new TaskListQuery(owner, slice);
        return transactions.rowsActingAs(owner, query.sql(), select -> select.bindMap(query.values()), mapper);
    }

    @Override
    public long count(UserId owner, TaskFilter filter) {
        var query = TaskListQuery.counting(owner, filter);
        return transactions
                .rowsActingAs(
                        owner, query.sql(), select -> select.bindMap(query.values()), (row, context) -> row.getLong(1))
                .get(0);
    }

    /** The insert's values: the new task's details, completion, owner, creation time and place in a series. */
    private static <S extends SqlStatement<S>> S bindNew(S insert, NewTask task) {
        return bindPlace(bindNewDetails(insert, task), task.place());
    }

    private static <S extends SqlStatement<S>> S bindNewDetails(S insert, NewTask task) {
        return bindDetails(
                        insert,
                        task.details(),
                        task.completed(),
                        task.completedAt().orElse(null))
                .bind("owner", task.owner().value())
                .bind("createdAt", SqlTimes.utc(task.createdAt()))
                .bind(
                        "pendingReminder",
                        SqlTimes.utc(task.details()
                                .pendingReminder(task.completed(), task.createdAt())
                                .orElse(null)));
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
                .bind("remindAt", SqlTimes.utc(details.remindAt().orElse(null)))
                .bindArray("tags", String.class, details.tags().codes())
                .bind("search", details.searchableText())
                .bind("recurrence", details.recurrence().map(Object::toString).orElse(null))
                .bind("timeZone", details.timeZone().getId())
                .bind("allDay", details.allDay());
    }

    /** Binds a task's place in a series, which only the server sets. */
    private static <S extends SqlStatement<S>> S bindPlace(S statement, SeriesPlace place) {
        return statement
                .bindByType("seriesId", place.seriesId().map(TaskId::value).orElse(null), Long.class)
                .bindByType("seriesStart", place.ruleStart().orElse(null), LocalDateTime.class)
                .bindByType("occurrenceOf", place.occurrenceOf().orElse(null), LocalDateTime.class)
                .bindByType(
                        "nextOccurrenceId",
                        place.nextOccurrenceId().map(TaskId::value).orElse(null),
                        Long.class);
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeRead;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Users' change logs in {@code task_changes}, written by the triggers of {@code V9__change_log.sql} (ids as
 * {@code V10__change_positions.sql} gives them): read as the owner in one statement, trimmed by housekeeping.
 */
final class PostgresChangeLog implements ChangeLog, ExpiredChanges {
    /**
     * The task columns first, as the row mapper reads them by place; one row with nulls when nothing is found.
     * Only entries below the horizon are read: ids are transaction ids times 4096, and every transaction
     * below the oldest one still running has ended, so no entry can appear below the horizon later.
     */
    private static final String READ = """
            select %s, e.id as entry_id, e.type as entry_type, e.task_id as entry_task_id, e.at as entry_at,
                   cast(e.task ->> 'deleted_at' as timestamptz) as deleted_at, h.position,
                   coalesce((select through_id from change_trims where user_id = :owner), 0) as trimmed_through,
                   exists (select from task_changes c where c.user_id = :owner and c.id > h.position) as held_back
              from (select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint) * 4096 - 1
                           as position) h
              left join lateral (select * from task_changes c
                                  where c.user_id = :owner and c.id > :after and c.id <= h.position
                                  order by c.id limit :limit) e on true
              left join lateral jsonb_populate_record(null::tasks, e.task) t on true
             order by e.id
            """.formatted(TaskRowMapper.COLUMNS.replaceAll("(\\w+)", "t.$1"));

    /** Deletes a batch of old entries and raises their owners' trim marks; answers how many were deleted. */
    private static final String TRIM = """
            with gone as (
                delete from task_changes
                 where (user_id, id) in (select user_id, id from task_changes where at < :cutoff limit :max)
                returning user_id, id),
            marked as (
                insert into change_trims as mark (user_id, through_id)
                select user_id, max(id) from gone group by user_id
                on conflict (user_id) do update set through_id = greatest(mark.through_id, excluded.through_id))
            select count(*) from gone
            """;

    private final ScopedTransactions transactions;
    private final TaskRowMapper tasks = new TaskRowMapper();

    PostgresChangeLog(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    /** One row of {@link #READ}: where the log stands, and an entry unless nothing was found. */
    private record Row(long position, long trimmedThrough, boolean heldBack, Optional<ChangeEntry> entry) {}

    @Override
    public ChangeRead read(UserId owner, long after, int limit) {
        List<Row> rows = transactions.rowsActingAs(
                owner,
                READ,
                read -> read.bind("owner", owner.value()).bind("after", after).bind("limit", limit),
                (rs, context) -> new Row(
                        rs.getLong("position"),
                        rs.getLong("trimmed_through"),
                        rs.getBoolean("held_back"),
                        entry(rs, context)));
        Row first = rows.get(0);
        return new ChangeRead(
                rows.stream().flatMap(row -> row.entry().stream()).toList(),
                first.position(),
                first.trimmedThrough(),
                first.heldBack());
    }

    private Optional<ChangeEntry> entry(ResultSet rs, org.jdbi.v3.core.statement.StatementContext context)
            throws SQLException {
        long id = rs.getLong("entry_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        ChangeType type = ChangeType.fromWireName(rs.getString("entry_type")).orElseThrow();
        Instant at = rs.getObject("entry_at", OffsetDateTime.class).toInstant();
        if (type == ChangeType.PURGED) {
            return Optional.of(ChangeEntry.purged(id, TaskId.of(rs.getLong("entry_task_id")), at));
        }
        Task task = tasks.map(rs, context);
        if (type == ChangeType.DELETED) {
            Instant deletedAt = rs.getObject("deleted_at", OffsetDateTime.class).toInstant();
            return Optional.of(ChangeEntry.deleted(id, new TrashedTask(task, deletedAt), at));
        }
        return Optional.of(ChangeEntry.of(id, type, task, at));
    }

    @Override
    public int trimBefore(Instant cutoff, int max) {
        return transactions.asHousekeeper(
                cutoff,
                handle -> handle.createQuery(TRIM)
                        .bind("cutoff", SqlTimes.utc(cutoff))
                        .bind("max", max)
                        .mapTo(Integer.class)
                        .one());
    }
}

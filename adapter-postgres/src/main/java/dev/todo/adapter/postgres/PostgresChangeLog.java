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
 * Users' change logs in {@code task_changes}, written by the triggers of {@code V9__change_log.sql}: read as
 * the owner (entries and the newest id in one statement), trimmed by housekeeping.
 */
final class PostgresChangeLog implements ChangeLog, ExpiredChanges {
    /** The task columns first, as the row mapper reads them by place; one row with nulls when nothing is found. */
    private static final String READ = """
            select %s, e.id as entry_id, e.type as entry_type, e.task_id as entry_task_id, e.at as entry_at,
                   cast(e.task ->> 'deleted_at' as timestamptz) as deleted_at, h.last_id as newest_id
              from (select coalesce((select last_id from change_heads where user_id = :owner), 0) as last_id) h
              left join lateral (select * from task_changes c where c.user_id = :owner and c.id > :after
                                  order by c.id limit :limit) e on true
              left join lateral jsonb_populate_record(null::tasks, e.task) t on true
             order by e.id
            """.formatted(TaskRowMapper.COLUMNS.replaceAll("(\\w+)", "t.$1"));

    private static final String TRIM = """
            delete from task_changes
             where (user_id, id) in (select user_id, id from task_changes where at < :cutoff limit :max)
            """;

    private final ScopedTransactions transactions;
    private final TaskRowMapper tasks = new TaskRowMapper();

    PostgresChangeLog(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    /** One row of {@link #READ}: the newest id, and an entry unless nothing was found. */
    private record Row(long newestId, Optional<ChangeEntry> entry) {}

    @Override
    public ChangeRead read(UserId owner, long after, int limit) {
        List<Row> rows = transactions.rowsActingAs(
                owner,
                READ,
                read -> read.bind("owner", owner.value()).bind("after", after).bind("limit", limit),
                (rs, context) -> new Row(rs.getLong("newest_id"), entry(rs, context)));
        return new ChangeRead(
                rows.stream().flatMap(row -> row.entry().stream()).toList(),
                rows.get(0).newestId());
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
                handle -> handle.createUpdate(TRIM)
                        .bind("cutoff", SqlTimes.utc(cutoff))
                        .bind("max", max)
                        .execute());
    }
}

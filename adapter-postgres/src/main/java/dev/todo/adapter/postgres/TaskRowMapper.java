package dev.todo.adapter.postgres;

import dev.todo.domain.task.Description;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.SeriesPlace;
import dev.todo.domain.task.Tag;
import dev.todo.domain.task.Tags;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.Title;
import dev.todo.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds a {@link Task} from a {@code tasks} row. */
final class TaskRowMapper implements RowMapper<Task> {
    static final String COLUMNS =
            "user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version,"
                    + " remind_at, recurrence, time_zone, series_id, series_start, occurrence_of, next_occurrence_id, all_day";

    /** Columns are read by their place in {@link #COLUMNS}: this runs for every row of every listing. */
    @Override
    public Task map(ResultSet rs, StatementContext ctx) throws SQLException {
        String description = rs.getString(4);
        var details = new TaskDetails(
                Title.of(rs.getString(3)),
                description == null ? Optional.empty() : Optional.of(new Description(description)),
                Priority.ofRank(rs.getShort(7)),
                Optional.ofNullable(instant(rs, 8)),
                tags((String[]) rs.getArray(9).getArray()),
                Optional.ofNullable(instant(rs, 13)),
                Optional.ofNullable(rs.getString(14)).flatMap(Recurrence::parse),
                zone(rs.getString(15)),
                rs.getBoolean(20));
        var place = place(rs);
        return Task.rehydrate(
                TaskId.of(rs.getLong(2)),
                UserId.of(rs.getString(1)),
                details,
                rs.getBoolean(5),
                instant(rs, 6),
                instant(rs, 10),
                instant(rs, 11),
                rs.getLong(12),
                place);
    }

    /** A task outside every series (most rows) shares one place; the others read theirs. */
    private static SeriesPlace place(ResultSet rs) throws SQLException {
        Optional<TaskId> series = taskId(rs, 16);
        Optional<TaskId> next = taskId(rs, 19);
        if (series.isEmpty() && next.isEmpty()) {
            return SeriesPlace.NONE;
        }
        return new SeriesPlace(
                series,
                Optional.ofNullable(rs.getObject(17, LocalDateTime.class)),
                Optional.ofNullable(rs.getObject(18, LocalDateTime.class)),
                next);
    }

    /** An entry written before time zones were stored has none: UTC, the zone every task had then. */
    private static ZoneId zone(String id) {
        return id == null || id.equals(TaskDetails.DEFAULT_ZONE.getId()) ? TaskDetails.DEFAULT_ZONE : ZoneId.of(id);
    }

    private static Optional<TaskId> taskId(ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(TaskId.of(id));
    }

    private static Tags tags(String[] labels) {
        var tags = new ArrayList<Tag>(labels.length);
        for (String label : labels) {
            tags.add(new Tag(label));
        }
        return new Tags(tags);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

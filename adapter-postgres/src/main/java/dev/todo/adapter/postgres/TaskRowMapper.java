package dev.todo.adapter.postgres;

import dev.todo.domain.task.Description;
import dev.todo.domain.task.Priority;
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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds a {@link Task} from a {@code tasks} row. */
final class TaskRowMapper implements RowMapper<Task> {
    static final String COLUMNS =
            "user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version";

    @Override
    public Task map(ResultSet rs, StatementContext ctx) throws SQLException {
        var details = new TaskDetails(
                Title.of(rs.getString("title")),
                Optional.ofNullable(rs.getString("description")).map(Description::new),
                priority(rs.getShort("priority")),
                Optional.ofNullable(instant(rs, "due_at")),
                new Tags(Arrays.stream((String[]) rs.getArray("tags").getArray())
                        .map(Tag::new)
                        .toList()));
        return Task.rehydrate(
                TaskId.of(rs.getLong("id")),
                UserId.of(rs.getString("user_id")),
                details,
                rs.getBoolean("completed"),
                instant(rs, "completed_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    static Optional<Priority> priority(int rank) {
        return Arrays.stream(Priority.values()).filter(p -> p.rank() == rank).findFirst();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of one listing page: the slice's filter as predicates, its order as a keyset condition on
 * (sort key, id) plus a matching ORDER BY, so each page is a range scan of that sort's index; or of the
 * count of every task the filter matches. Only fixed fragments enter the SQL text; every value is bound.
 */
final class TaskListQuery {
    private static final String DUE_KEY = "coalesce(due_at, 'infinity'::timestamptz)";

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    /** The listing's order; none for a count. */
    private final Optional<String> orderBy;

    TaskListQuery(UserId owner, TaskSlice slice) {
        this(owner, slice.filter(), Optional.of(slice));
    }

    private TaskListQuery(UserId owner, TaskFilter filter, Optional<TaskSlice> page) {
        predicates.add("user_id = :owner");
        values.put("owner", owner.value());
        addFilter(filter);
        orderBy = page.map(slice -> {
            String direction = slice.order().direction() == SortDirection.ASC ? "asc" : "desc";
            String key = keyColumn(slice);
            slice.after().ifPresent(after -> addKeyset(slice, key, after));
            values.put("limit", slice.limit());
            return key + " " + direction + ", id " + direction;
        });
    }

    /** The query of how many of the owner's tasks the filter matches. */
    static TaskListQuery counting(UserId owner, TaskFilter filter) {
        return new TaskListQuery(owner, filter, Optional.empty());
    }

    String sql() {
        String where = String.join(" and ", predicates);
        return orderBy.map(order -> "select " + TaskRowMapper.COLUMNS + " from tasks where " + where + " order by "
                        + order + " limit :limit")
                .orElse("select count(*) from tasks where " + where);
    }

    Map<String, Object> values() {
        return values;
    }

    private void addFilter(TaskFilter filter) {
        if (filter.status() != CompletionStatus.ALL) {
            predicates.add(filter.status() == CompletionStatus.COMPLETED ? "completed" : "not completed");
        }
        filter.text().ifPresent(query -> {
            for (int i = 0; i < query.terms().size(); i++) {
                predicates.add("search like :term" + i);
                values.put("term" + i, "%" + escapeLike(query.terms().get(i)) + "%");
            }
        });
        filter.priority().ifPresent(priority -> {
            predicates.add("priority = cast(:priority as smallint)");
            values.put("priority", priority.rank());
        });
        filter.tag().ifPresent(tag -> {
            predicates.add("tags @> array[cast(:tag as text)]");
            values.put("tag", tag.value());
        });
        // Compared on the indexed expression; +infinity (no due time) never passes a bound.
        filter.dueBefore().ifPresent(before -> {
            predicates.add(DUE_KEY + " < :dueBefore");
            values.put("dueBefore", SqlTimes.utc(before));
        });
        filter.dueAfter().ifPresent(after -> {
            predicates.add("due_at is not null and " + DUE_KEY + " >= :dueAfter");
            values.put("dueAfter", SqlTimes.utc(after));
        });
        filter.series().ifPresent(series -> {
            predicates.add("series_id = :series");
            values.put("series", series.value());
        });
        if (!filter.history()) {
            predicates.add("not (completed and next_occurrence_id is not null)");
        }
    }

    private static String keyColumn(TaskSlice slice) {
        return switch (slice.order().sort()) {
            case CREATED -> "created_at";
            case UPDATED -> "updated_at";
            case TITLE -> "title_key";
            case DUE_DATE -> DUE_KEY;
            case PRIORITY -> "priority";
        };
    }

    private void addKeyset(TaskSlice slice, String key, TaskPosition after) {
        String comparison = slice.order().direction() == SortDirection.ASC ? ">" : "<";
        String afterKey = switch (slice.order().sort()) {
            case CREATED, UPDATED -> bind("cast(:afterKey as timestamptz)", SqlTimes.utc(after.time()));
            case TITLE -> bind("(cast(:afterKey as text) collate \"C\")", after.titleKey());
            case DUE_DATE ->
                after.dueAt()
                        .map(due -> bind("cast(:afterKey as timestamptz)", SqlTimes.utc(due)))
                        .orElse("'infinity'::timestamptz");
            case PRIORITY -> bind("cast(:afterKey as smallint)", after.priorityRank());
        };
        predicates.add("(" + key + ", id) " + comparison + " (" + afterKey + ", cast(:afterId as bigint))");
        values.put("afterId", after.id().value());
    }

    private String bind(String expression, Object value) {
        values.put("afterKey", value);
        return expression;
    }

    /** Makes LIKE treat the term literally: its own %, _ and \ match only themselves. */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.ValidationException;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the acting user's tasks: which ones, in what order, how many, and after which cursor
 * (from the previous page's {@link TaskPage#next()}). A limit outside 1..{@value #MAX_LIMIT} is a
 * {@link ValidationException} of the field {@code limit}.
 */
public record ListTasksQuery(UserId actor, TaskFilter filter, TaskOrder order, int limit, Optional<PageCursor> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public ListTasksQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(cursor, "cursor");
        checkLimit(limit);
    }

    /**
     * The page-size rule, for adapters that read a limit before they build the query.
     *
     * @throws ValidationException of the field {@code limit} outside 1..{@value #MAX_LIMIT}
     */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    /** The first page of all tasks in the default order. */
    public static ListTasksQuery firstPage(UserId actor) {
        return new ListTasksQuery(actor, TaskFilter.ALL, TaskOrder.DEFAULT, DEFAULT_LIMIT, Optional.empty());
    }

    public ListTasksQuery withFilter(TaskFilter value) {
        return new ListTasksQuery(actor, value, order, limit, cursor);
    }

    /** Only the tasks with this completion status (the rest of the filter stays). */
    public ListTasksQuery withStatus(CompletionStatus value) {
        return withFilter(filter.withStatus(value));
    }

    public ListTasksQuery withOrder(TaskOrder value) {
        return new ListTasksQuery(actor, filter, value, limit, cursor);
    }

    public ListTasksQuery withLimit(int value) {
        return new ListTasksQuery(actor, filter, order, value, cursor);
    }

    public ListTasksQuery after(PageCursor value) {
        return new ListTasksQuery(actor, filter, order, limit, Optional.of(value));
    }
}

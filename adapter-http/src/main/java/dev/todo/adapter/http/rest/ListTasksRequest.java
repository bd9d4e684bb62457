package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.application.port.in.ListChangesUseCase;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.PageCursor;
import dev.todo.domain.ValidationException;
import dev.todo.domain.Violations;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.Tag;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.task.TextQuery;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query string of GET /api/{user_id}/tasks. Every parameter is optional and may appear once;
 * unknown parameters and invalid values are a 400 naming each offending parameter.
 */
record ListTasksRequest(Map<String, List<String>> parameters) {
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,9}");

    /** The parameters of the trash: paging only. */
    private static final Set<String> PAGING = Set.of("limit", "cursor");

    private static final Set<String> CHANGES_PAGING = Set.of("since", "limit");
    /** A change-log position as clients send it (`since`, `Last-Event-ID`): a non-negative integer. */
    static final Pattern POSITION = Pattern.compile("0|[1-9][0-9]{0,17}");

    static final Set<String> KNOWN = Set.of(
            "status",
            "q",
            "priority",
            "tag",
            "due_before",
            "due_after",
            "series",
            "history",
            "sort",
            "order",
            "limit",
            "cursor");

    /** @param cursors opens the {@code cursor} parameter (cursors are sealed by the server) */
    ListTasksQuery toQuery(UserId actor, PageCursorSeal cursors) {
        var violations = new Violations();
        refuseUnknown(violations, KNOWN);
        var status = one(violations, "status", CompletionStatus::parse).orElse(CompletionStatus.ALL);
        var text = one(violations, "q", TextQuery::parse).flatMap(Function.identity());
        var priority = one(violations, "priority", Priority::parse);
        var tag = one(violations, "tag", Tag::of);
        var dueBefore = one(violations, "due_before", raw -> time("due_before", raw));
        var dueAfter = one(violations, "due_after", raw -> time("due_after", raw));
        var series = one(violations, "series", ListTasksRequest::seriesId);
        boolean history = one(violations, "history", ListTasksRequest::bool).orElse(true);
        var sort = one(violations, "sort", TaskSort::parse).orElse(TaskSort.CREATED);
        var direction = one(violations, "order", SortDirection::parse).orElse(sort.defaultDirection());
        int limit = one(violations, "limit", ListTasksRequest::limit).orElse(ListTasksQuery.DEFAULT_LIMIT);
        var cursor = one(violations, "cursor", cursors::open);
        TaskFilter filter = violations.check(
                () -> new TaskFilter(status, text, priority, tag, dueBefore, dueAfter, series, history));
        refuseIfAny(violations);
        return new ListTasksQuery(actor, filter, new TaskOrder(sort, direction), limit, cursor);
    }

    /** A series id: a task id, an integer from 1. */
    private static TaskId seriesId(String raw) {
        if (!POSITION.matcher(raw).matches() || raw.equals("0")) {
            throw new ValidationException("series", "must be a task id, an integer from 1");
        }
        return TaskId.of(Long.parseLong(raw));
    }

    private static boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException("history", "must be true or false");
        };
    }

    /** The trash's paging: {@code limit} and {@code cursor}, and no other parameter. */
    record TrashPaging(int limit, Optional<PageCursor> cursor) {}

    TrashPaging toTrashPaging(PageCursorSeal cursors) {
        var violations = new Violations();
        refuseUnknown(violations, PAGING);
        int limit = one(violations, "limit", ListTasksRequest::limit).orElse(ListTasksQuery.DEFAULT_LIMIT);
        var cursor = one(violations, "cursor", cursors::open);
        refuseIfAny(violations);
        return new TrashPaging(limit, cursor);
    }

    /** Delta sync's paging: {@code since} (a non-negative integer, or none) and {@code limit} (default 100). */
    record ChangesPaging(OptionalLong since, int limit) {}

    ChangesPaging toChangesPaging() {
        var violations = new Violations();
        refuseUnknown(violations, CHANGES_PAGING);
        Optional<Long> since = one(violations, "since", ListTasksRequest::position);
        int limit = one(violations, "limit", ListTasksRequest::changesLimit).orElse(ListChangesUseCase.DEFAULT_LIMIT);
        refuseIfAny(violations);
        return new ChangesPaging(since.map(OptionalLong::of).orElse(OptionalLong.empty()), limit);
    }

    /** For routes that take no query parameter. */
    void refuseAnyParameter() {
        var violations = new Violations();
        refuseUnknown(violations, Set.of());
        refuseIfAny(violations);
    }

    private void refuseUnknown(Violations violations, Set<String> known) {
        parameters.keySet().stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> violations.add(name, "is not a known query parameter"));
    }

    /** Any violation makes the request a bad one (400), naming each parameter. */
    private static void refuseIfAny(Violations violations) {
        try {
            violations.throwIfAny();
        } catch (ValidationException e) {
            throw new BadRequestException("the query string has invalid parameters", e.violations());
        }
    }

    /** The single value of a parameter, parsed; a violation under the parameter's own name otherwise. */
    private <T> Optional<T> one(Violations violations, String name, Function<String, T> parser) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            violations.add(name, "must be given at most once");
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(values.get(0)));
        } catch (ValidationException e) {
            violations.add(name, e.violations().get(0).message());
            return Optional.empty();
        }
    }

    private static Instant time(String name, String raw) {
        try {
            return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be an RFC 3339 date-time with offset");
        }
    }

    private static long position(String raw) {
        if (!POSITION.matcher(raw).matches()) {
            throw new ValidationException("since", "must be a non-negative integer");
        }
        return Long.parseLong(raw);
    }

    private static int changesLimit(String raw) {
        int limit = LIMIT.matcher(raw).matches() ? Integer.parseInt(raw) : 0;
        if (limit < 1 || limit > ListChangesUseCase.MAX_LIMIT) {
            throw new ValidationException("limit", "must be an integer from 1 to " + ListChangesUseCase.MAX_LIMIT);
        }
        return limit;
    }

    /** The range is the application's rule; anything but a plain number is outside it. */
    private static int limit(String raw) {
        return ListTasksQuery.checkLimit(LIMIT.matcher(raw).matches() ? Integer.parseInt(raw) : 0);
    }
}

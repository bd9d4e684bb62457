package dev.todo.application.service;

import dev.todo.application.port.in.InvalidPageCursorException;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.Text;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.task.TaskTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns a position in one order into an opaque cursor and back. The cursor holds the order, the task
 * id and only the sort key that order needs: {@code v1|sort|direction|id|key}, base64url-encoded. A
 * position in the trash is {@code v1|trash|id|deleted_at}.
 */
final class PageCursorCodec {
    private static final String VERSION = "v1";
    private static final String TRASH = "trash";

    /** The cursor of a position in the given order (the position is in that order's sort). */
    PageCursor encode(TaskOrder order, TaskPosition position) {
        if (position.sort() != order.sort()) {
            throw new IllegalArgumentException("the position is in another sort");
        }
        String text = String.join(
                "|",
                VERSION,
                order.sort().code(),
                order.direction().code(),
                Long.toString(position.id().value()),
                key(position));
        return cursor(text);
    }

    /** The cursor of a position in the trash. */
    PageCursor encode(TrashSlice.Position position) {
        return cursor(String.join(
                "|",
                VERSION,
                TRASH,
                Long.toString(position.id().value()),
                position.deletedAt().toString()));
    }

    /** The trash position a cursor names; a cursor of the task list is refused. */
    TrashSlice.Position decodeTrash(PageCursor cursor) {
        String[] parts = text(cursor).split("\\|", 4);
        if (parts.length < 2 || !VERSION.equals(parts[0])) {
            throw new InvalidPageCursorException("unknown format");
        }
        if (!TRASH.equals(parts[1])) {
            throw new InvalidPageCursorException("it belongs to another listing");
        }
        try {
            return new TrashSlice.Position(time(parts[3]), TaskId.parse(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidPageCursorException("unknown format");
        }
    }

    /** The position a cursor names, checked against the order of the query it arrived with. */
    TaskPosition decode(PageCursor cursor, TaskOrder expectedOrder) {
        String[] parts = text(cursor).split("\\|", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new InvalidPageCursorException("unknown format");
        }
        TaskOrder order;
        TaskId id;
        try {
            order = new TaskOrder(TaskSort.parse(parts[1]), SortDirection.parse(parts[2]));
            id = TaskId.parse(parts[3]);
        } catch (RuntimeException e) {
            throw new InvalidPageCursorException("unknown format");
        }
        if (!order.equals(expectedOrder)) {
            throw new InvalidPageCursorException("it belongs to another sort order");
        }
        return position(order.sort(), id, parts[4]);
    }

    private static String key(TaskPosition p) {
        return switch (p.sort()) {
            case CREATED, UPDATED -> p.time().toString();
            case TITLE -> p.titleKey();
            case DUE_DATE -> p.dueAt().map(Instant::toString).orElse("");
            case PRIORITY -> Integer.toString(p.priorityRank());
        };
    }

    private static TaskPosition position(TaskSort sort, TaskId id, String key) {
        try {
            Object value = switch (sort) {
                case CREATED, UPDATED -> time(key);
                case TITLE -> titleKey(key);
                case DUE_DATE -> key.isEmpty() ? Optional.empty() : Optional.of(time(key));
                case PRIORITY -> priorityRank(key);
            };
            return new TaskPosition(sort, value, id);
        } catch (RuntimeException e) {
            throw new InvalidPageCursorException("unknown format");
        }
    }

    // A cursor is client input: its keys are held to what a stored task can have, so that no
    // database is asked to compare against a value it cannot hold (a NUL, a year out of range).

    private static Instant time(String key) {
        return TaskTimes.checkRange("cursor", Instant.parse(key));
    }

    private static String titleKey(String key) {
        if (Text.hasControlCharacters(key, false)) {
            throw new IllegalArgumentException("control character in a title key");
        }
        return key;
    }

    private static int priorityRank(String key) {
        int rank = Integer.parseInt(key);
        Priority.ofRank(rank);
        return rank;
    }

    private static PageCursor cursor(String text) {
        return new PageCursor(
                Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(PageCursor cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.value()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPageCursorException("not base64url");
        }
    }
}

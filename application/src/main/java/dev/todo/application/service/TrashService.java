package dev.todo.application.service;

import dev.todo.application.port.in.InvalidPageCursorException;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.in.TrashPage;
import dev.todo.application.port.in.TrashUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskNotFoundException;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Lists, restores and purges the acting user's trashed tasks; trash cursors are {@code v1|trash|id|deleted_at}. */
public final class TrashService implements TrashUseCase {
    private static final String CURSOR_PREFIX = "v1|trash|";

    private final TaskRepository tasks;
    private final Clock clock;

    public TrashService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public TrashPage listTrash(UserId actor, int limit, Optional<PageCursor> cursor) {
        ListTasksQuery.checkLimit(limit);
        Optional<TrashSlice.Position> after = cursor.map(TrashService::position);
        // one more than asked tells whether a next page exists
        List<TrashedTask> found = tasks.listTrash(actor, new TrashSlice(after, limit + 1));
        if (found.size() <= limit) {
            return new TrashPage(found, Optional.empty());
        }
        List<TrashedTask> page = found.subList(0, limit);
        return new TrashPage(page, Optional.of(cursor(TrashSlice.Position.of(page.get(limit - 1)))));
    }

    @Override
    public Task restoreTask(UserId actor, TaskId id) {
        return tasks.restore(actor, id, clock.instant()).orElseThrow(() -> new TaskNotFoundException(id));
    }

    @Override
    public void purgeTask(UserId actor, TaskId id) {
        if (!tasks.purge(actor, id)) {
            throw new TaskNotFoundException(id);
        }
    }

    private static PageCursor cursor(TrashSlice.Position position) {
        String text = CURSOR_PREFIX + position.id().value() + "|" + position.deletedAt();
        return new PageCursor(
                Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static TrashSlice.Position position(PageCursor cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.value()), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new InvalidPageCursorException("it belongs to another listing");
            }
            String[] parts = text.substring(CURSOR_PREFIX.length()).split("\\|", 2);
            return new TrashSlice.Position(Instant.parse(parts[1]), TaskId.parse(parts[0]));
        } catch (InvalidPageCursorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidPageCursorException("unknown format");
        }
    }
}

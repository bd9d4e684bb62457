package dev.todo.application.service;

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
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Lists, restores and purges the acting user's trashed tasks. */
public final class TrashService implements TrashUseCase {
    private final TaskRepository tasks;
    private final Clock clock;
    private final PageCursorCodec cursors = new PageCursorCodec();

    public TrashService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public TrashPage listTrash(UserId actor, int limit, Optional<PageCursor> cursor) {
        ListTasksQuery.checkLimit(limit);
        Optional<TrashSlice.Position> after = cursor.map(cursors::decodeTrash);
        // one more than asked tells whether a next page exists
        List<TrashedTask> found = tasks.listTrash(actor, new TrashSlice(after, limit + 1));
        if (found.size() <= limit) {
            return new TrashPage(found, Optional.empty());
        }
        List<TrashedTask> page = found.subList(0, limit);
        return new TrashPage(page, Optional.of(cursors.encode(TrashSlice.Position.of(page.get(limit - 1)))));
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
}

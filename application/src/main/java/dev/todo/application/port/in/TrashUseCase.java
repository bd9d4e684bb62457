package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/** The acting user's trash: what they deleted, to list, restore or purge for good. */
public interface TrashUseCase {
    /**
     * A page of the trash, the most recently deleted first.
     *
     * @param limit 1 to {@link ListTasksQuery#MAX_LIMIT}
     * @throws InvalidPageCursorException if the cursor is not one of the trash's
     * @throws dev.todo.domain.ValidationException if the limit is out of range
     */
    TrashPage listTrash(UserId actor, int limit, Optional<PageCursor> cursor);

    /**
     * Puts a trashed task back in the task list, one version on.
     *
     * @throws dev.todo.domain.task.TaskNotFoundException if the actor has no such task in the trash
     */
    Task restoreTask(UserId actor, TaskId id);

    /**
     * Deletes a trashed task for good.
     *
     * @throws dev.todo.domain.task.TaskNotFoundException if the actor has no such task in the trash
     */
    void purgeTask(UserId actor, TaskId id);
}

package dev.todo.application.port.in;

import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.user.UserId;

/** Lists one page of the acting user's tasks, filtered and sorted. */
public interface ListTasksUseCase {
    /**
     * Returns one page of the actor's tasks and, if more follow, the cursor of the next page.
     *
     * @throws InvalidPageCursorException (a {@link dev.todo.domain.ValidationException}) if the cursor was not
     *     issued by this service or belongs to another sort order
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    TaskPage listTasks(ListTasksQuery query);

    /**
     * How many of the actor's tasks match the filter, across all pages: the figure for "12 to do today".
     *
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    long countTasks(UserId actor, TaskFilter filter);
}

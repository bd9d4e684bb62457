package dev.todo.application.service;

import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.ListTasksUseCase;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.in.TaskPage;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Lists a page of the acting user's tasks. Reads one task more than the page holds to learn whether
 * a next page exists; its cursor points just after the page's last task.
 */
public final class ListTasksService implements ListTasksUseCase {
    private final TaskRepository tasks;
    private final PageCursorCodec cursors = new PageCursorCodec();

    public ListTasksService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public TaskPage listTasks(ListTasksQuery query) {
        Optional<TaskPosition> after = query.cursor().map(c -> cursors.decode(c, query.order()));
        List<Task> found =
                tasks.list(query.actor(), new TaskSlice(query.filter(), query.order(), after, query.limit() + 1));
        if (found.size() <= query.limit()) {
            return new TaskPage(found, Optional.empty());
        }
        List<Task> page = found.subList(0, query.limit());
        Task last = page.get(page.size() - 1);
        PageCursor next = cursors.encode(query.order(), query.order().positionOf(last));
        return new TaskPage(page, Optional.of(next));
    }

    @Override
    public long countTasks(UserId actor, TaskFilter filter) {
        return tasks.count(actor, filter);
    }
}

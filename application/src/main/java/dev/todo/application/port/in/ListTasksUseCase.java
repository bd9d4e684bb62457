package dev.todo.application.port.in;

/** Lists one page of the acting user's tasks, filtered and sorted. */
public interface ListTasksUseCase {
    TaskPage listTasks(ListTasksQuery query);
}

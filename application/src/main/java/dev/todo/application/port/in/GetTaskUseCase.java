package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Returns one of the acting user's tasks. */
public interface GetTaskUseCase {
    Task getTask(GetTaskQuery query);
}

package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Adds a task for the acting user. */
public interface CreateTaskUseCase {
    Task createTask(CreateTaskCommand command);
}

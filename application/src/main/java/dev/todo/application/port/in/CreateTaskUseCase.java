package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Adds a task for the acting user. */
public interface CreateTaskUseCase {
    /**
     * Adds the task, owned by the command's actor, at version 1.
     *
     * @return the stored task with its new id
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    Task createTask(CreateTaskCommand command);
}

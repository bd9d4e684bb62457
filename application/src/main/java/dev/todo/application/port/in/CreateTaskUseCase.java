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

    /**
     * Adds the task once per key: the same key with the same content within a day answers the task its
     * first request created (as it was then) and creates nothing.
     *
     * @throws IdempotencyKeyReusedException if the key was used for other content
     * @throws IdempotencyKeyInFlightException if a request with the key is being processed now
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    CreatedTask createTask(CreateTaskCommand command, IdempotencyKey key);
}

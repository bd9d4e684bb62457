package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Returns one of the acting user's tasks. */
public interface GetTaskUseCase {
    /**
     * Returns the actor's task with this id.
     *
     * @throws dev.todo.domain.task.TaskNotFoundException if the acting user has no task with this id (another user's task is not found either)
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    Task getTask(GetTaskQuery query);
}

package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Toggles a task's completion, or sets it to a given state. */
public interface CompleteTaskUseCase {
    /**
     * Toggles or sets the completion; setting the state the task already has changes nothing.
     *
     * @return the task as it is afterwards
     * @throws dev.todo.domain.task.TaskNotFoundException if the acting user has no task with this id (another user's task is not found either)
     * @throws TaskVersionMismatchException if the task has none of the versions the command expects
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    Task completeTask(CompleteTaskCommand command);
}

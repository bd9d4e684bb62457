package dev.todo.application.port.in;

/** Deletes one of the acting user's tasks. */
public interface DeleteTaskUseCase {
    /**
     * Deletes the actor's task.
     *
     * @throws dev.todo.domain.task.TaskNotFoundException if the acting user has no task with this id (another user's task is not found either)
     * @throws TaskVersionMismatchException if the task has none of the versions the command expects
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    void deleteTask(DeleteTaskCommand command);
}

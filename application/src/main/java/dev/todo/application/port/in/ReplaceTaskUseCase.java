package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Replaces every editable field of one of the acting user's tasks. */
public interface ReplaceTaskUseCase {
    /**
     * Replaces the editable fields and returns the task at its next version.
     *
     * @throws dev.todo.domain.task.TaskNotFoundException if the acting user has no task with this id (another user's task is not found either)
     * @throws TaskVersionMismatchException if the task has none of the versions the command expects
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    Task replaceTask(ReplaceTaskCommand command);
}

package dev.todo.application.service;

import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.DeleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.TaskNotFoundException;

/** Deletes one of the acting user's tasks. */
public final class DeleteTaskService implements DeleteTaskUseCase {
    private final TaskRepository tasks;

    public DeleteTaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** One read of the task, the version check and the delete, in one step of the store. */
    @Override
    public void deleteTask(DeleteTaskCommand command) {
        if (!tasks.delete(command.actor(), command.taskId(), command.expected()::check)) {
            throw new TaskNotFoundException(command.taskId());
        }
    }
}

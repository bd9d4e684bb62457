package dev.todo.application.service;

import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.DeleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;

/** Deletes one of the acting user's tasks. */
public final class DeleteTaskService implements DeleteTaskUseCase {
    private final TaskRepository tasks;
    private final TaskChanges changes;

    public DeleteTaskService(TaskRepository tasks) {
        this.tasks = tasks;
        this.changes = new TaskChanges(tasks);
    }

    @Override
    public void deleteTask(DeleteTaskCommand command) {
        changes.apply(command.actor(), command.taskId(), command.expectedVersion(), current -> {
            tasks.delete(current);
            return current;
        });
    }
}

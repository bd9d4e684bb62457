package dev.todo.application.service;

import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.DeleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.TaskNotFoundException;
import java.time.Clock;

/** Deletes one of the acting user's tasks: moves it to the trash, from where it can be restored. */
public final class DeleteTaskService implements DeleteTaskUseCase {
    private final TaskRepository tasks;
    private final Clock clock;

    public DeleteTaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One read of the task, the version check and the move, in one step of the store. */
    @Override
    public void deleteTask(DeleteTaskCommand command) {
        if (tasks.moveToTrash(command.actor(), command.taskId(), command.expected()::check, clock.instant())
                .isEmpty()) {
            throw new TaskNotFoundException(command.taskId());
        }
    }
}

package dev.todo.application.service;

import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.CreateTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import java.time.Clock;

/** Adds a task for the acting user, pending unless the command says it is already completed. */
public final class CreateTaskService implements CreateTaskUseCase {
    private final TaskRepository tasks;
    private final Clock clock;

    public CreateTaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Task createTask(CreateTaskCommand command) {
        return tasks.add(
                Task.create(command.actor(), command.details(), clock.instant()).withCompleted(command.completed()));
    }
}

package dev.todo.application.service;

import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskNotFoundException;
import java.time.Clock;
import java.time.Instant;

/** Toggles or sets the completion of one of the acting user's tasks; setting the current state is a no-op. */
public final class CompleteTaskService implements CompleteTaskUseCase {
    private final TaskRepository tasks;
    private final Clock clock;

    public CompleteTaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Without expected versions the store applies the change in one statement; with them, the version
     * check and the write happen in one step of the store.
     */
    @Override
    public Task completeTask(CompleteTaskCommand command) {
        Instant now = clock.instant();
        var task = command.expected().isAny()
                ? tasks.complete(command.actor(), command.taskId(), command.completed(), now)
                : tasks.change(command.actor(), command.taskId(), current -> {
                    command.expected().check(current);
                    return current.markCompleted(command.completed().orElse(!current.completed()), now);
                });
        return task.orElseThrow(() -> new TaskNotFoundException(command.taskId()));
    }
}

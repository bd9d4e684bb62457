package dev.todo.application.service;

import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskNotFoundException;
import java.time.Clock;

/** Toggles or sets the completion of one of the acting user's tasks; setting the current state is a no-op. */
public final class CompleteTaskService implements CompleteTaskUseCase {
    private final TaskRepository tasks;
    private final TaskChanges changes;
    private final Clock clock;

    public CompleteTaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.changes = new TaskChanges(tasks);
        this.clock = clock;
    }

    /**
     * Without {@code If-Match} the store applies the change atomically (no read-check-write race, so no
     * conflict); with one, the version check and the write go through {@link TaskChanges}.
     */
    @Override
    public Task completeTask(CompleteTaskCommand command) {
        if (command.expectedVersion().isEmpty()) {
            return tasks.complete(command.actor(), command.taskId(), command.completed(), clock.instant())
                    .orElseThrow(() -> new TaskNotFoundException(command.taskId()));
        }
        return changes.apply(command.actor(), command.taskId(), command.expectedVersion(), current -> {
            boolean done = command.completed().orElse(!current.completed());
            Task changed = current.markCompleted(done, clock.instant());
            return changed == current ? current : tasks.update(changed);
        });
    }
}

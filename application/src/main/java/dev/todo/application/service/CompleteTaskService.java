package dev.todo.application.service;

import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskNotFoundException;
import java.time.Clock;
import java.time.Instant;

/**
 * Toggles or sets the completion of one of the acting user's tasks; setting the current state is a no-op.
 * Completing an occurrence of a repeating task creates its next occurrence; reopening it withdraws that one.
 */
public final class CompleteTaskService implements CompleteTaskUseCase {
    private final TaskRepository tasks;
    private final Occurrences occurrences;
    private final Clock clock;

    public CompleteTaskService(TaskRepository tasks, Occurrences occurrences, Clock clock) {
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /**
     * Without expected versions a task outside every series changes in one statement of the store; otherwise
     * the version check, the write and the other occurrence happen in one step of the store.
     */
    @Override
    public Task completeTask(CompleteTaskCommand command) {
        Instant now = clock.instant();
        if (command.expected().isAny()) {
            var plain = tasks.complete(command.actor(), command.taskId(), command.completed(), now);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        return tasks.transition(command.actor(), command.taskId(), current -> {
                    command.expected().check(current);
                    boolean done = command.completed().orElse(!current.completed());
                    return occurrences.of(current, current.markCompleted(done, now), now);
                })
                .orElseThrow(() -> new TaskNotFoundException(command.taskId()));
    }
}

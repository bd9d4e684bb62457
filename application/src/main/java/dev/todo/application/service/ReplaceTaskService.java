package dev.todo.application.service;

import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.ReplaceTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskNotFoundException;
import java.time.Clock;
import java.time.Instant;

/**
 * Replaces the editable fields of one of the acting user's tasks, and sets its completion when asked to
 * (with the next occurrence of a repeating task, as completing it does).
 */
public final class ReplaceTaskService implements ReplaceTaskUseCase {
    private final TaskRepository tasks;
    private final Occurrences occurrences;
    private final Clock clock;

    public ReplaceTaskService(TaskRepository tasks, Occurrences occurrences, Clock clock) {
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /** One read of the task, the version check and the write, in one step of the store. */
    @Override
    public Task replaceTask(ReplaceTaskCommand command) {
        return tasks.transition(command.actor(), command.taskId(), current -> {
                    command.expected().check(current);
                    Instant now = clock.instant();
                    TaskDetails details = command.keptFrom(current);
                    occurrences.checkSupported(details);
                    Task replaced = current.replaceDetails(details, now);
                    Task changed = command.completed()
                            .map(done -> replaced.markCompleted(done, now))
                            .orElse(replaced);
                    return occurrences.of(current, changed, now);
                })
                .orElseThrow(() -> new TaskNotFoundException(command.taskId()));
    }
}

package dev.todo.application.service;

import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.ReplaceTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import java.time.Clock;
import java.time.Instant;

/** Replaces the editable fields of one of the acting user's tasks, and sets its completion when asked to. */
public final class ReplaceTaskService implements ReplaceTaskUseCase {
    private final TaskRepository tasks;
    private final TaskChanges changes;
    private final Clock clock;

    public ReplaceTaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.changes = new TaskChanges(tasks);
        this.clock = clock;
    }

    @Override
    public Task replaceTask(ReplaceTaskCommand command) {
        return changes.apply(command.actor(), command.taskId(), command.expectedVersion(), current -> {
            Instant now = clock.instant();
            Task replaced = current.replaceDetails(command.details(), now);
            return tasks.update(command.completed()
                    .map(done -> replaced.markCompleted(done, now))
                    .orElse(replaced));
        });
    }
}

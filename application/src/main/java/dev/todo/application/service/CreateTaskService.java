package dev.todo.application.service;

import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.CreateTaskUseCase;
import dev.todo.application.port.in.CreatedTask;
import dev.todo.application.port.in.IdempotencyKey;
import dev.todo.application.port.in.IdempotencyKeyInFlightException;
import dev.todo.application.port.in.IdempotencyKeyReusedException;
import dev.todo.application.port.out.KeyedAdd;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import java.time.Clock;

/** Adds a task for the acting user, pending unless the command says it is already completed; once per key if keyed. */
public final class CreateTaskService implements CreateTaskUseCase {
    private final TaskRepository tasks;
    private final Occurrences occurrences;
    private final Clock clock;

    public CreateTaskService(TaskRepository tasks, Occurrences occurrences, Clock clock) {
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    @Override
    public Task createTask(CreateTaskCommand command) {
        return tasks.add(newTask(command));
    }

    @Override
    public CreatedTask createTask(CreateTaskCommand command, IdempotencyKey key) {
        KeyedAdd added = tasks.addOnce(newTask(command), key.value(), command.fingerprint());
        return switch (added.outcome()) {
            case CREATED -> new CreatedTask(added.task().orElseThrow(), false);
            case REPLAYED -> new CreatedTask(added.task().orElseThrow(), true);
            case KEY_REUSED -> throw new IdempotencyKeyReusedException();
            case IN_FLIGHT -> throw new IdempotencyKeyInFlightException();
        };
    }

    /** A repeating task starts open: its completion is what creates the next occurrence. */
    private NewTask newTask(CreateTaskCommand command) {
        occurrences.checkSupported(command.details());
        if (command.completed() && command.details().recurrence().isPresent()) {
            throw new ValidationException(
                    "completed", "must be false for a repeating task: completing it starts the next");
        }
        return Task.create(command.actor(), command.details(), clock.instant()).withCompleted(command.completed());
    }
}

package dev.todo.application.service;

import dev.todo.application.port.in.TaskUpdateConflictException;
import dev.todo.application.port.in.TaskVersionMismatchException;
import dev.todo.application.port.out.StaleTaskException;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskNotFoundException;
import dev.todo.domain.user.UserId;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Read-check-write of one task with optimistic concurrency. A conditional change fails on a version
 * mismatch; an unconditional one re-reads and retries a few times when it races, so that concurrent
 * toggles and edits are never lost.
 */
final class TaskChanges {
    static final int ATTEMPTS = 5;

    private final TaskRepository tasks;

    TaskChanges(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Applies {@code write} to the current task (after the version check) and returns its result. */
    <R> R apply(UserId actor, TaskId id, OptionalLong expectedVersion, Function<Task, R> write) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Task current = tasks.find(actor, id).orElseThrow(() -> new TaskNotFoundException(id));
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                throw new TaskVersionMismatchException(id, expectedVersion.getAsLong(), current.version());
            }
            try {
                return write.apply(current);
            } catch (StaleTaskException raced) {
                if (expectedVersion.isPresent()) {
                    long actual = tasks.find(actor, id)
                            .orElseThrow(() -> new TaskNotFoundException(id))
                            .version();
                    throw new TaskVersionMismatchException(id, expectedVersion.getAsLong(), actual);
                }
            }
        }
        throw new TaskUpdateConflictException(id);
    }
}

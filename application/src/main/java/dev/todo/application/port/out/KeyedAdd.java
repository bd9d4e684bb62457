package dev.todo.application.port.out;

import dev.todo.domain.task.Task;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TaskRepository#addOnce} did: created the task, found it created by an earlier request with
 * the key and the same content (replayed), or refused (the key names other content, or is in use now).
 */
public record KeyedAdd(Outcome outcome, Optional<Task> task) {
    public enum Outcome {
        CREATED,
        REPLAYED,
        KEY_REUSED,
        IN_FLIGHT
    }

    public KeyedAdd {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(task, "task");
        if (task.isPresent() != (outcome == Outcome.CREATED || outcome == Outcome.REPLAYED)) {
            throw new IllegalArgumentException("a task comes with CREATED and REPLAYED only");
        }
    }

    public static KeyedAdd created(Task task) {
        return new KeyedAdd(Outcome.CREATED, Optional.of(task));
    }

    public static KeyedAdd replayed(Task task) {
        return new KeyedAdd(Outcome.REPLAYED, Optional.of(task));
    }

    public static KeyedAdd refused(Outcome why) {
        return new KeyedAdd(why, Optional.empty());
    }
}

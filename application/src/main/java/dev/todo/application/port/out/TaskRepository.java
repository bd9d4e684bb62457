package dev.todo.application.port.out;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where tasks are kept. Every operation is scoped to one owner: no call can read or change a task of
 * another user. Failures of the store itself surface as {@link StorageUnavailableException}.
 */
public interface TaskRepository {
    /** Stores a new task and returns it with its assigned id at version {@link Task#FIRST_VERSION}. */
    Task add(NewTask task);

    /** How long a key of {@link #addOnce} is kept: a request with it after that creates a task again. */
    Duration KEY_LIFETIME = Duration.ofHours(24);

    /**
     * Stores the new task once per owner and {@code key}: if a task was added with the key within
     * {@link #KEY_LIFETIME} and the same {@code fingerprint}, answers that task as it was stored then and
     * adds nothing; another fingerprint is {@code KEY_REUSED}; a call with the key still in progress (on
     * any instance) is {@code IN_FLIGHT} at once, without waiting. A key is kept only with the task it
     * created, so a failed call leaves it unused.
     *
     * @param fingerprint the SHA-256 (32 bytes) of the content the key stands for
     */
    KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint);

    /** The owner's task with this id, if there is one. */
    Optional<Task> find(UserId owner, TaskId id);

    /**
     * Changes the owner's task in one indivisible step: reads it while holding it against every other
     * change, passes it to {@code change} exactly once and stores what that returns at the next version
     * (nothing when it returns the task it was given). An exception from {@code change} (a version the
     * caller does not accept) leaves the task as it was and reaches the caller. Concurrent calls apply one
     * after the other; none fails for racing another.
     *
     * @param change returns the changed task: the same owner and id, with the version it was given
     * @return the task as stored afterwards, or empty if the owner has no such task
     */
    Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change);

    /**
     * Changes the owner's task as {@link #change} does, and with it, in the same indivisible step, the other
     * occurrence of its series that {@code step} names: inserts its next occurrence first (and names it in
     * the task's {@code next_occurrence_id}), or moves the one to withdraw to the trash if it is still
     * untouched (version 1, open, in the list; then clears {@code next_occurrence_id}; otherwise leaves both).
     *
     * @return the task as stored afterwards, or empty if the owner has no such task
     */
    Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step);

    /**
     * Sets the owner's task to {@code completed}, or toggles it when empty, in one indivisible step on
     * the stored state: concurrent calls apply one after the other and none fails for racing another.
     * {@code completed_at} becomes {@code now} when the task becomes completed and empty when it becomes
     * open; the version advances only if the state changes. A task in a series ({@link Task#isInSeries})
     * is left as it is: its completion goes through {@link #transition}.
     *
     * @return the task as stored afterwards, or empty if the owner has no such task or it is in a series
     */
    Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now);

    /**
     * Moves the owner's task to the trash in one indivisible step: reads it while holding it against every
     * other change, passes it to {@code check} and moves it unless {@code check} throws (then the exception
     * reaches the caller and the task stays). The trashed task keeps its id, one version on, updated at
     * {@code now}; it is gone from {@link #find}, {@link #list} and every change until restored.
     *
     * @return the trashed task, or empty if the owner has no such task
     */
    Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now);

    /** Moves the owner's task back from the trash, one version on, updated at {@code now}; empty if it is not there. */
    Optional<Task> restore(UserId owner, TaskId id, Instant now);

    /** Deletes the owner's task from the trash for good; false if it is not there. */
    boolean purge(UserId owner, TaskId id);

    /** The owner's trash in the slice's order, after its position, at most its limit. */
    List<TrashedTask> listTrash(UserId owner, TrashSlice slice);

    /** The owner's tasks that match the slice's filter, in its order, after its position, at most its limit. */
    List<Task> list(UserId owner, TaskSlice slice);

    /** How many of the owner's tasks match the filter (the trash not included). */
    long count(UserId owner, TaskFilter filter);
}

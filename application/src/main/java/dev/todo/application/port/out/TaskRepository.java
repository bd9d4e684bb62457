package dev.todo.application.port.out;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where tasks are kept. Every operation is scoped to one owner: no call can read or change a task of
 * another user. Failures of the store itself surface as {@link StorageUnavailableException}.
 */
public interface TaskRepository {
    /** Stores a new task and returns it with its assigned id at version {@link Task#FIRST_VERSION}. */
    Task add(NewTask task);

    /** The owner's task with this id, if there is one. */
    Optional<Task> find(UserId owner, TaskId id);

    /**
     * Stores a changed task if the stored one still has {@code changed.version()}; returns it at the
     * next version.
     *
     * @throws StaleTaskException if the stored task has another version or is gone
     */
    Task update(Task changed);

    /**
     * Sets the owner's task to {@code completed}, or toggles it when empty, in one indivisible step on
     * the stored state: concurrent calls apply one after the other and none fails for racing another.
     * {@code completed_at} becomes {@code now} when the task becomes completed and empty when it becomes
     * open; the version advances only if the state changes.
     *
     * @return the task as stored afterwards, or empty if the owner has no such task
     */
    Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now);

    /**
     * Deletes a task if the stored one still has {@code task.version()}.
     *
     * @throws StaleTaskException if the stored task has another version or is gone
     */
    void delete(Task task);

    /** The owner's tasks that match the slice's filter, in its order, after its position, at most its limit. */
    List<Task> list(UserId owner, TaskSlice slice);
}

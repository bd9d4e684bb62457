package dev.todo.application.port.out;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
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
     * Deletes a task if the stored one still has {@code task.version()}.
     *
     * @throws StaleTaskException if the stored task has another version or is gone
     */
    void delete(Task task);

    /** The owner's tasks that match the slice's filter, in its order, after its position, at most its limit. */
    List<Task> list(UserId owner, TaskSlice slice);
}

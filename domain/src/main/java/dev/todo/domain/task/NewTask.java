package dev.todo.domain.task;

import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A task created by its owner but not stored yet, so without an id; a repository turns it into a {@link Task}.
 * It is pending unless created completed (clients of the original data model send {@code completed}). A
 * repeating one starts its series at its due time unless it is the next occurrence of one.
 */
public record NewTask(UserId owner, TaskDetails details, Instant createdAt, boolean completed, SeriesPlace place) {
    public NewTask {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(details, "details");
        createdAt = TaskTimes.precise(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(place, "place");
    }

    /** A new task that starts its own series if it repeats. */
    public NewTask(UserId owner, TaskDetails details, Instant createdAt, boolean completed) {
        this(owner, details, createdAt, completed, startingPlace(details));
    }

    /** A pending new task. */
    public NewTask(UserId owner, TaskDetails details, Instant createdAt) {
        this(owner, details, createdAt, false);
    }

    private static SeriesPlace startingPlace(TaskDetails details) {
        return details.localDue()
                .filter(due -> details.recurrence().isPresent())
                .map(SeriesPlace.NONE::startedAt)
                .orElse(SeriesPlace.NONE);
    }

    /** The same new task, completed at its creation time or pending. */
    public NewTask withCompleted(boolean done) {
        return new NewTask(owner, details, createdAt, done, place);
    }

    /** When it is completed: at its creation time if created completed, otherwise never. */
    public Optional<Instant> completedAt() {
        return completed ? Optional.of(createdAt) : Optional.empty();
    }

    /**
     * The stored task: the given id, version 1, completed at its creation time if created completed; a
     * repeating task that starts a series names it.
     */
    public Task withId(TaskId id) {
        return Task.rehydrate(
                id,
                owner,
                details,
                completed,
                completedAt().orElse(null),
                createdAt,
                createdAt,
                Task.FIRST_VERSION,
                details.recurrence().isPresent() ? place.namedAfter(id) : place);
    }
}

package dev.todo.domain.task;

import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's task. Immutable: each change returns a new task with a new update time. The version
 * counts stored changes; repositories compare it to refuse lost updates.
 */
public final class Task {
    /** The version of a task that has just been stored for the first time. */
    public static final long FIRST_VERSION = 1;

    private final TaskId id;
    private final UserId owner;
    private final TaskDetails details;
    private final boolean completed;
    private final Instant completedAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;
    private final SeriesPlace place;

    private Task(
            TaskId id,
            UserId owner,
            TaskDetails details,
            boolean completed,
            Instant completedAt,
            Instant createdAt,
            Instant updatedAt,
            long version,
            SeriesPlace place) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.details = Objects.requireNonNull(details, "details");
        this.completed = completed;
        this.completedAt = completed ? TaskTimes.precise(Objects.requireNonNull(completedAt, "completedAt")) : null;
        this.createdAt = TaskTimes.precise(Objects.requireNonNull(createdAt, "createdAt"));
        this.updatedAt = TaskTimes.precise(Objects.requireNonNull(updatedAt, "updatedAt"));
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be at least " + FIRST_VERSION);
        }
        this.version = version;
        this.place = Objects.requireNonNull(place, "place");
    }

    /** A new task for its owner, not stored yet. */
    public static NewTask create(UserId owner, TaskDetails details, Instant now) {
        return new NewTask(owner, details, now);
    }

    /** A task as it was stored; for repositories. {@code completedAt} is ignored unless completed. */
    public static Task rehydrate(
            TaskId id,
            UserId owner,
            TaskDetails details,
            boolean completed,
            Instant completedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return rehydrate(id, owner, details, completed, completedAt, createdAt, updatedAt, version, SeriesPlace.NONE);
    }

    /** A task as it was stored, with its place in a series; for repositories. */
    public static Task rehydrate(
            TaskId id,
            UserId owner,
            TaskDetails details,
            boolean completed,
            Instant completedAt,
            Instant createdAt,
            Instant updatedAt,
            long version,
            SeriesPlace place) {
        return new Task(id, owner, details, completed, completedAt, createdAt, updatedAt, version, place);
    }

    /**
     * Replaces every editable field. A rule set where there was none, or a changed rule or zone, starts the
     * series again at the new due time (its count and end count from there); a moved due time alone moves
     * this occurrence within its series; no rule stops the repetition and keeps the series.
     */
    public Task replaceDetails(TaskDetails newDetails, Instant now) {
        SeriesPlace newPlace;
        if (newDetails.recurrence().isEmpty()) {
            newPlace = details.recurrence().isPresent() ? place.stopped() : place;
        } else if (details.recurrence().isEmpty() || details.repeatsOtherwiseThan(newDetails)) {
            newPlace = place.namedAfter(id).startedAt(newDetails.localDue().orElseThrow());
        } else {
            newPlace = place;
        }
        return new Task(id, owner, newDetails, completed, completedAt, createdAt, now, version, newPlace);
    }

    /**
     * The occurrence that follows this one, due at the series' instance {@code instance} (a wall-clock time
     * in the task's zone, resolved by {@link #resolve}): the same fields, open, its reminder as far from its
     * due time in wall-clock time as this one's.
     */
    public NewTask nextOccurrence(LocalDateTime instance, Instant now) {
        var zone = details.timeZone();
        Instant due = resolve(instance, details);
        Instant remind = details.remindAt()
                .map(at -> Duration.between(details.localDue().orElseThrow(), LocalDateTime.ofInstant(at, zone)))
                .map(offset -> resolve(instance.plus(offset), details))
                .orElse(null);
        return new NewTask(owner, details.withDueAt(due).withRemindAt(remind), now, false, place.following(instance));
    }

    /**
     * A wall-clock time in the task's zone as an instant: a time a DST gap skips moves later by the gap's
     * length, a time an overlap repeats is the earlier one (RFC 5545 §3.3.5).
     */
    public static Instant resolve(LocalDateTime local, TaskDetails details) {
        return ZonedDateTime.ofLocal(local, details.timeZone(), null).toInstant();
    }

    /** The same task naming {@code next} as the occurrence its completion created (empty: none). */
    public Task withNextOccurrence(Optional<TaskId> next) {
        return new Task(
                id, owner, details, completed, completedAt, createdAt, updatedAt, version, place.withNext(next));
    }

    /** Marks the task done or not done; setting the state it already has changes nothing. */
    public Task markCompleted(boolean done, Instant now) {
        if (done == completed) {
            return this;
        }
        return new Task(id, owner, details, done, done ? now : null, createdAt, now, version, place);
    }

    public Task toggleCompleted(Instant now) {
        return markCompleted(!completed, now);
    }

    /** The same task as stored under another version; for repositories after a write. */
    public Task atVersion(long storedVersion) {
        return new Task(id, owner, details, completed, completedAt, createdAt, updatedAt, storedVersion, place);
    }

    /**
     * This change of {@code current} as it is stored: the next version. For repositories applying a change.
     *
     * @throws IllegalArgumentException if this is not {@code current} changed (another owner, id or version)
     */
    public Task storedAfter(Task current) {
        if (!owner.equals(current.owner) || !id.equals(current.id) || version != current.version) {
            throw new IllegalArgumentException("a change must keep the task's owner, id and version");
        }
        return atVersion(current.version + 1);
    }

    /** The same task at the next version, updated at {@code now}: what moving it to or from the trash stores. */
    public Task touchedAt(Instant now) {
        return new Task(id, owner, details, completed, completedAt, createdAt, now, version + 1, place);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    /** Title and description, lowercased, as text search sees them. */
    public String searchableText() {
        return details.searchableText();
    }

    public TaskId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public TaskDetails details() {
        return details;
    }

    public Title title() {
        return details.title();
    }

    public Optional<Description> description() {
        return details.description();
    }

    public Optional<Priority> priority() {
        return details.priority();
    }

    public Optional<Instant> dueAt() {
        return details.dueAt();
    }

    public Tags tags() {
        return details.tags();
    }

    public Optional<Instant> remindAt() {
        return details.remindAt();
    }

    /**
     * The reminder pending after {@code changed} replaced this task at {@code now}, given the one pending
     * before: set again when the reminder time or the completion changed, kept otherwise.
     */
    public Optional<Instant> pendingReminderAfter(Task changed, Optional<Instant> pendingBefore, Instant now) {
        if (changed.completed != completed || !changed.remindAt().equals(remindAt())) {
            return changed.details.pendingReminder(changed.completed, now);
        }
        return pendingBefore;
    }

    public Optional<Recurrence> recurrence() {
        return details.recurrence();
    }

    /** Where this task stands in a repeating series. */
    public SeriesPlace place() {
        return place;
    }

    /** Whether completing or reopening this task may create or withdraw another occurrence. */
    public boolean isInSeries() {
        return details.recurrence().isPresent() || place.nextOccurrenceId().isPresent();
    }

    public boolean completed() {
        return completed;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Task that
                && id.equals(that.id)
                && owner.equals(that.owner)
                && details.equals(that.details)
                && completed == that.completed
                && Objects.equals(completedAt, that.completedAt)
                && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt)
                && version == that.version
                && place.equals(that.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, owner, version);
    }

    @Override
    public String toString() {
        return "Task[id=" + id + ", owner=" + owner + ", version=" + version + ", completed=" + completed + "]";
    }
}

package dev.todo.domain.task;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a task stands in a repeating series; set by the server only. {@code seriesId} names the series by
 * its first occurrence (empty for a task that never repeated, or for a new one until it has an id);
 * {@code ruleStart} is where the current rule starts and {@code occurrenceOf} the instance this task stands
 * for, both wall-clock times in the task's zone (empty when it does not repeat); {@code nextOccurrenceId}
 * is the occurrence its completion created.
 */
public record SeriesPlace(
        Optional<TaskId> seriesId,
        Optional<LocalDateTime> ruleStart,
        Optional<LocalDateTime> occurrenceOf,
        Optional<TaskId> nextOccurrenceId) {
    /** A task outside every series. */
    public static final SeriesPlace NONE =
            new SeriesPlace(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public SeriesPlace {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(ruleStart, "ruleStart");
        Objects.requireNonNull(occurrenceOf, "occurrenceOf");
        Objects.requireNonNull(nextOccurrenceId, "nextOccurrenceId");
    }

    /** The place of a task whose rule starts (again) at {@code local}: the series kept, the next occurrence too. */
    SeriesPlace startedAt(LocalDateTime local) {
        return new SeriesPlace(seriesId, Optional.of(local), Optional.of(local), nextOccurrenceId);
    }

    /** The place of a task that stopped repeating: still of its series, with no rule to follow. */
    SeriesPlace stopped() {
        return new SeriesPlace(seriesId, Optional.empty(), Optional.empty(), nextOccurrenceId);
    }

    /** Named after {@code id} if it has no series yet. */
    SeriesPlace namedAfter(TaskId id) {
        return seriesId.isPresent()
                ? this
                : new SeriesPlace(Optional.of(id), ruleStart, occurrenceOf, nextOccurrenceId);
    }

    /** The place of the occurrence that follows this one, standing for the instance at {@code local}. */
    SeriesPlace following(LocalDateTime local) {
        return new SeriesPlace(seriesId, ruleStart, Optional.of(local), Optional.empty());
    }

    /** The same place with {@code next} as the occurrence this one's completion created (empty: none). */
    public SeriesPlace withNext(Optional<TaskId> next) {
        return new SeriesPlace(seriesId, ruleStart, occurrenceOf, next);
    }
}

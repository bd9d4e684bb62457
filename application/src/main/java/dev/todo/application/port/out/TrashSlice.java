package dev.todo.application.port.out;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A run of the owner's trash, newest deletion first (ties by id, highest first), strictly after a position. */
public record TrashSlice(Optional<Position> after, int limit) {
    public TrashSlice {
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Where a page of the trash ended: its last task's deletion time and id. */
    public record Position(Instant deletedAt, TaskId id) {
        public Position {
            Objects.requireNonNull(deletedAt, "deletedAt");
            Objects.requireNonNull(id, "id");
        }

        public static Position of(TrashedTask last) {
            return new Position(last.deletedAt(), last.task().id());
        }

        /** True if {@code trashed} comes after this position in the trash's order. */
        public boolean isBefore(TrashedTask trashed) {
            int byTime = trashed.deletedAt().compareTo(deletedAt);
            return byTime < 0 || byTime == 0 && trashed.task().id().value() < id.value();
        }
    }
}

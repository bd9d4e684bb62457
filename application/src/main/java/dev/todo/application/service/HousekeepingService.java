package dev.todo.application.service;

import dev.todo.application.port.in.HousekeepingUseCase;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.application.port.out.ExpiredTrash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Purges trashed tasks older than the trash retention (each purge is logged), then deletes log entries older
 * than the change retention, in batches, until none is left.
 */
public final class HousekeepingService implements HousekeepingUseCase {
    static final int BATCH = 500;

    private final ExpiredTrash trash;
    private final Duration trashRetention;
    private final ExpiredChanges changes;
    private final Duration changesRetention;
    private final Clock clock;

    public HousekeepingService(
            ExpiredTrash trash,
            Duration trashRetention,
            ExpiredChanges changes,
            Duration changesRetention,
            Clock clock) {
        this.trash = Objects.requireNonNull(trash, "trash");
        this.trashRetention = Objects.requireNonNull(trashRetention, "trashRetention");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.changesRetention = Objects.requireNonNull(changesRetention, "changesRetention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Report runOnce() {
        Instant now = clock.instant();
        Instant trashCutoff = now.minus(trashRetention);
        int purged = inBatches(max -> trash.purgeDeletedBefore(trashCutoff, max));
        Instant changesCutoff = now.minus(changesRetention);
        int trimmed = inBatches(max -> changes.trimBefore(changesCutoff, max));
        return new Report(purged, trimmed);
    }

    private static int inBatches(IntUnaryOperator batch) {
        int total = 0;
        int removed;
        do {
            removed = batch.applyAsInt(BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }
}

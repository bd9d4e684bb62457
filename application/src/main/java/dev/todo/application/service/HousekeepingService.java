package dev.todo.application.service;

import dev.todo.application.port.in.HousekeepingUseCase;
import dev.todo.application.port.out.ExpiredTrash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Purges trashed tasks older than the trash retention, in batches, until none is left. */
public final class HousekeepingService implements HousekeepingUseCase {
    static final int BATCH = 1_000;

    private final ExpiredTrash trash;
    private final Duration trashRetention;
    private final Clock clock;

    public HousekeepingService(ExpiredTrash trash, Duration trashRetention, Clock clock) {
        this.trash = Objects.requireNonNull(trash, "trash");
        this.trashRetention = Objects.requireNonNull(trashRetention, "trashRetention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int runOnce() {
        Instant cutoff = clock.instant().minus(trashRetention);
        int purged = 0;
        int batch;
        do {
            batch = trash.purgeDeletedBefore(cutoff, BATCH);
            purged += batch;
        } while (batch == BATCH);
        return purged;
    }
}

package dev.todo.application.port.out;

import java.time.Instant;

/** Every user's change log, as housekeeping sees it: only entries older than a cutoff, to delete them. */
public interface ExpiredChanges {
    /** Deletes at most {@code max} entries (of any user) written before {@code cutoff}; how many it deleted. */
    int trimBefore(Instant cutoff, int max);
}

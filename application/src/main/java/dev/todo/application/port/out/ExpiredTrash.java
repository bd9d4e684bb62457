package dev.todo.application.port.out;

import java.time.Instant;

/** The trash of every user, as housekeeping sees it: only tasks deleted before a cutoff, to purge them. */
public interface ExpiredTrash {
    /** Purges at most {@code max} tasks (of any user) deleted before {@code cutoff}; how many it purged. */
    int purgeDeletedBefore(Instant cutoff, int max);
}

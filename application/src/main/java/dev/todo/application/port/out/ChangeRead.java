package dev.todo.application.port.out;

import dev.todo.domain.change.ChangeEntry;
import java.util.List;

/**
 * What one read of a change log found: entries after a position, and where the log stands. {@code position}
 * is the highest position that is final (no entry at or below it can still appear; 0 if none);
 * {@code trimmedThrough} the highest id housekeeping deleted (0 if none); {@code heldBack} whether entries
 * above {@code position} are already written, held back behind a transaction still in progress.
 */
public record ChangeRead(List<ChangeEntry> entries, long position, long trimmedThrough, boolean heldBack) {
    public ChangeRead {
        entries = List.copyOf(entries);
    }

    /** Whether every entry after {@code after} is still kept and {@code after} is a position the log has reached. */
    public boolean isUnbrokenAfter(long after) {
        return after >= trimmedThrough && after <= position;
    }
}

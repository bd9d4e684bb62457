package dev.todo.application.port.out;

import dev.todo.domain.change.ChangeEntry;
import java.util.List;

/** What one read of a change log found: entries after a position, and the newest entry id of the user (0 if none). */
public record ChangeRead(List<ChangeEntry> entries, long newestId) {
    public ChangeRead {
        entries = List.copyOf(entries);
    }

    /**
     * Whether every entry after {@code after} is still kept: {@code after} is not beyond the newest id and,
     * unless it is the newest, the entry right after it is the first one read (older ones may be trimmed).
     */
    public boolean isUnbrokenAfter(long after) {
        if (after > newestId) {
            return false;
        }
        return after == newestId || (!entries.isEmpty() && entries.get(0).id() == after + 1);
    }
}

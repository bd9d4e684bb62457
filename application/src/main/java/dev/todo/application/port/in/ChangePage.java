package dev.todo.application.port.in;

import dev.todo.domain.change.ChangeEntry;
import java.util.List;

/** Entries of a change log, oldest first, and the position to ask from next: the last entry's id, or the asked one. */
public record ChangePage(List<ChangeEntry> entries, long next) {
    public ChangePage {
        entries = List.copyOf(entries);
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.change.ChangeEntry;

/** Where a watcher receives entries; called from a feed thread, one call at a time per subscription, so it must not block. */
public interface ChangeSink {
    void deliver(ChangeEntry entry);

    /** The entries after the last delivered one are no longer kept: the watcher must resynchronise. */
    void lostTrack();
}

package dev.todo.application.port.out;

import dev.todo.domain.user.UserId;

/**
 * Word that a user's log has grown, from whichever instance wrote it, shortly after the change committed.
 * Signals carry no content and may be lost: a listener reads the log itself and is told when it should
 * read every log it follows again.
 */
public interface ChangeSignals {
    /** Calls {@code listener} from now on, on a thread of the signals', until the returned handle is closed. */
    AutoCloseable listen(Listener listener);

    /** What a change feed is told. */
    interface Listener {
        /** The owner's log has grown. */
        void grew(UserId owner);

        /** Signals may have been missed (the source reconnected): read every followed log again. */
        void missedSome();
    }
}

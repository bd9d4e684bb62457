package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** A change-log position whose following entries are no longer all kept (or that is beyond the newest): resync. */
public final class ChangesExpiredException extends DomainException {
    public ChangesExpiredException(long position) {
        super("the changes after " + position
                + " are no longer kept (or it is beyond the newest): read the tasks again");
    }
}

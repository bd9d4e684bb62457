package dev.todo.application.port.out;

import dev.todo.domain.user.UserId;

/**
 * Users' change logs, as the task repository writes them in the transaction of each change: read here in
 * order, as the owner. A user's entry ids increase (not one by one), and an entry is never read after one
 * with a higher id: a read returns only entries up to a position below which nothing can still appear.
 */
public interface ChangeLog {
    /** At most {@code limit} (0 or more) of the owner's final entries with an id above {@code after}, oldest first. */
    ChangeRead read(UserId owner, long after, int limit);
}

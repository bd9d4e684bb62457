package dev.todo.application.port.out;

import dev.todo.domain.user.UserId;

/**
 * Users' change logs, as the task repository writes them in the transaction of each change: read here in
 * order, as the owner. A user's entries count from 1 without gaps and become visible in id order.
 */
public interface ChangeLog {
    /** At most {@code limit} (0 or more) of the owner's kept entries with an id above {@code after}, oldest first, and the newest id. */
    ChangeRead read(UserId owner, long after, int limit);
}

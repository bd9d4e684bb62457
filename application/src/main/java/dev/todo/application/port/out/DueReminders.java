package dev.todo.application.port.out;

import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Reminders whose time has come, found across users (owner, task and time only) and fired one by one as
 * their owner: firing ends the pending state and records {@code reminder.due} in one transaction, so each
 * pending reminder fires once, whichever instance or how many instances try.
 */
public interface DueReminders {
    /** A pending reminder: whose, of which task, and when it is due. */
    record Due(UserId owner, TaskId taskId, Instant remindAt) {}

    /** At most {@code max} pending reminders due at or before {@code now}, earliest first. */
    List<Due> dueBy(Instant now, int max);

    /**
     * Fires {@code reminder} if it is still pending and due at {@code now}: true if this call fired it, false
     * if it fired elsewhere meanwhile, or the task changed so that it no longer reminds then.
     */
    boolean fire(Due reminder, Instant now);
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.DueReminders;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskTimes;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Due reminders in {@code tasks.reminder_due_at} (V11): found as the housekeeping role, which row-level
 * security shows only the reminders due by the poll's time (owner, task and time, no content), and fired as
 * the owner: clearing {@code reminder_due_at} makes the trigger write {@code reminder.due}, and the row lock
 * lets one transaction do it (a second one finds it cleared and changes nothing).
 */
final class PostgresDueReminders implements DueReminders {
    private static final String REMIND_BEFORE = "select set_config('app.remind_before', :now, true)";
    private static final String DUE = """
            select user_id, id, reminder_due_at from tasks
             where reminder_due_at <= :now
             order by reminder_due_at
             limit :max
            """;
    private static final String FIRE = """
            update tasks set reminder_due_at = null
             where user_id = :owner and id = :id and reminder_due_at <= :now
            returning id
            """;

    private final ScopedTransactions transactions;
    private final ChangeNotifier notifier;

    PostgresDueReminders(ScopedTransactions transactions, ChangeNotifier notifier) {
        this.transactions = transactions;
        this.notifier = notifier;
    }

    @Override
    public List<Due> dueBy(Instant now, int max) {
        return transactions.asHousekeeper(
                TaskTimes.EARLIEST,
                handle -> { // nothing else is expired
                    handle.createQuery(REMIND_BEFORE)
                            .bind("now", now.toString())
                            .mapTo(String.class)
                            .one();
                    return handle.createQuery(DUE)
                            .bind("now", SqlTimes.utc(now))
                            .bind("max", max)
                            .map((row, context) -> new Due(
                                    UserId.of(row.getString("user_id")),
                                    TaskId.of(row.getLong("id")),
                                    row.getObject("reminder_due_at", OffsetDateTime.class)
                                            .toInstant()))
                            .list();
                });
    }

    @Override
    public boolean fire(Due reminder, Instant now) {
        boolean fired = !transactions
                .rowsActingAs(
                        reminder.owner(),
                        FIRE,
                        fire -> fire.bind("owner", reminder.owner().value())
                                .bind("id", reminder.taskId().value())
                                .bind("now", SqlTimes.utc(now)),
                        (row, context) -> row.getLong(1))
                .isEmpty();
        if (fired) {
            notifier.changed(reminder.owner());
        }
        return fired;
    }
}

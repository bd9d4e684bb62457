package dev.todo.application.service;

import dev.todo.application.port.out.DueReminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fires the reminders whose time has come (specs/007 FR-722…FR-724): every instance polls, and each pending
 * reminder fires once, in the transaction that ends its pending state, whichever instance gets it first.
 */
public final class ReminderService {
    /** Reminders read per query; a full batch is followed by another at once. */
    public static final int BATCH = 500;

    private final DueReminders reminders;
    private final Clock clock;

    /** What one poll did: reminders this instance fired, and the latest of them after its time (zero if none). */
    public record Round(int fired, Duration latest) {}

    public ReminderService(DueReminders reminders, Clock clock) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Fires every reminder due now, in batches until one is not full. */
    public Round fireDue() {
        int fired = 0;
        Duration latest = Duration.ZERO;
        while (true) {
            Instant now = clock.instant();
            List<DueReminders.Due> due = reminders.dueBy(now, BATCH);
            for (DueReminders.Due reminder : due) {
                if (reminders.fire(reminder, now)) {
                    fired++;
                    Duration late = Duration.between(reminder.remindAt(), clock.instant());
                    latest = late.compareTo(latest) > 0 ? late : latest;
                }
            }
            if (due.size() < BATCH) {
                return new Round(fired, latest);
            }
        }
    }
}

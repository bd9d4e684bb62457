package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Replace the editable fields of one task and, when {@code completed} is given, set its completion (left
 * as it is otherwise). The change applies only if the task has one of the expected versions (a
 * conditional request); with {@link ExpectedVersions#ANY}, the last writer wins. The fields in
 * {@code kept} keep their stored values whatever {@code details} hold (a client that does not know
 * reminders or recurrence does not clear them).
 */
public record ReplaceTaskCommand(
        UserId actor,
        TaskId taskId,
        TaskDetails details,
        Optional<Boolean> completed,
        ExpectedVersions expected,
        Set<KeptField> kept,
        Optional<LocalDate> dueDate) {
    /** A field added after v1 that a replacement without it leaves as stored. */
    public enum KeptField {
        REMIND_AT,
        RECURRENCE,
        TIME_ZONE,
        ALL_DAY
    }

    public ReplaceTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(expected, "expected");
        kept = Set.copyOf(kept);
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** Replace the editable fields, keeping those in {@code kept}. */
    public ReplaceTaskCommand(
            UserId actor,
            TaskId taskId,
            TaskDetails details,
            Optional<Boolean> completed,
            ExpectedVersions expected,
            Set<KeptField> kept) {
        this(actor, taskId, details, completed, expected, kept, Optional.empty());
    }

    /** Replace every editable field, the reminder and recurrence included, and set the completion if given. */
    public ReplaceTaskCommand(
            UserId actor, TaskId taskId, TaskDetails details, Optional<Boolean> completed, ExpectedVersions expected) {
        this(actor, taskId, details, completed, expected, Set.of());
    }

    /**
     * The details to store over {@code current}: these, with the kept fields taken from it (all-day only
     * while there is a due date to be all-day), and a due date given without a time due at its start in
     * the zone the task ends up with.
     */
    public TaskDetails keptFrom(Task current) {
        var stored = current.details();
        ZoneId zone = kept.contains(KeptField.TIME_ZONE) ? stored.timeZone() : details.timeZone();
        return new TaskDetails(
                details.title(),
                details.description(),
                details.priority(),
                dueDate.map(date -> date.atStartOfDay(zone).toInstant()).or(details::dueAt),
                details.tags(),
                kept.contains(KeptField.REMIND_AT) ? stored.remindAt() : details.remindAt(),
                kept.contains(KeptField.RECURRENCE) ? stored.recurrence() : details.recurrence(),
                zone,
                kept.contains(KeptField.ALL_DAY)
                        ? stored.allDay() && details.dueAt().isPresent()
                        : details.allDay());
    }

    /** Replace the editable fields and leave the completion as it is. */
    public ReplaceTaskCommand(UserId actor, TaskId taskId, TaskDetails details, ExpectedVersions expected) {
        this(actor, taskId, details, Optional.empty(), expected);
    }

    /** Replace the task's details whatever its version (the last writer wins); completion stays as it is. */
    public static ReplaceTaskCommand of(UserId actor, TaskId taskId, TaskDetails details) {
        return new ReplaceTaskCommand(actor, taskId, details, Optional.empty(), ExpectedVersions.ANY);
    }

    /** Replace the task's details only if it is still at {@code version}; completion stays as it is. */
    public static ReplaceTaskCommand ifVersion(UserId actor, TaskId taskId, TaskDetails details, long version) {
        return new ReplaceTaskCommand(actor, taskId, details, Optional.empty(), ExpectedVersions.of(version));
    }
}

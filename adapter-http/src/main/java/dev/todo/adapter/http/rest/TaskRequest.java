package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.ReplaceTaskCommand.KeptField;
import dev.todo.domain.FieldViolation;
import dev.todo.domain.Violations;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of POST and PUT on tasks: every editable field, and {@code completed} (the original data model
 * sends it). Absent optional fields are empty (PUT replaces them all), except that an absent
 * {@code remind_at} (alias {@code reminder_time}), {@code recurrence} (alias {@code recurrence_rule}) or
 * {@code time_zone} keeps the stored one on PUT, as an absent {@code completed} keeps the completion
 * (pending on POST): a client that does not know them does not clear them. Server-owned and unknown
 * fields are refused with 422, never silently dropped, so a client that believes it set
 * {@code completed_at} or {@code id} learns that it did not.
 */
public record TaskRequest(
        String title,
        String description,
        String priority,
        Instant dueAt,
        LocalDate dueDate,
        List<String> tags,
        Optional<Boolean> completed,
        Instant remindAt,
        String recurrence,
        String timeZone,
        boolean allDay,
        Set<KeptField> kept,
        List<FieldViolation> rejected) {
    /** An RFC 3339 full date: a {@code due_at} without a time makes the task all-day. */
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /**
     * {@code reminder_time} and {@code recurrence_rule} are the names the published Phase II front ends send
     * for {@code remind_at} and {@code recurrence}.
     */
    static final Set<String> WRITABLE = Set.of(
            "title",
            "description",
            "priority",
            "due_at",
            "tags",
            "completed",
            "remind_at",
            "reminder_time",
            "recurrence",
            "recurrence_rule",
            "time_zone",
            "all_day");

    static final Set<String> SERVER_OWNED = Set.of(
            "id", "user_id", "completed_at", "created_at", "updated_at", "version", "series_id", "next_occurrence_id");

    /**
     * Reads the fields and their JSON types.
     *
     * @throws BadRequestException if a field has the wrong JSON type
     */
    static TaskRequest parse(ObjectNode body) {
        var fields = JsonFields.strict(body, WRITABLE, SERVER_OWNED);
        String title = fields.text("title");
        String description = fields.text("description");
        String priority = fields.text("priority");
        String dueText = fields.textIfPresent("due_at");
        boolean dateOnly = dueText != null && FULL_DATE.matcher(dueText).matches();
        LocalDate dueDate = dateOnly ? date(dueText) : null;
        Instant dueAt = dateOnly ? null : fields.time("due_at");
        Optional<Boolean> allDay = fields.bool("all_day");
        List<String> tags = fields.texts("tags");
        Optional<Boolean> completed = fields.bool("completed");
        Instant remindAt = fields.time("remind_at");
        Instant reminderTime = fields.time("reminder_time");
        String recurrence = fields.text("recurrence");
        String recurrenceRule = fields.text("recurrence_rule");
        String timeZone = fields.text("time_zone");
        var rejected = new ArrayList<>(fields.rejected());
        if (dateOnly && dueDate == null) {
            rejected.add(new FieldViolation("due_at", "must be a real date, e.g. 2030-01-31"));
        }
        if (dateOnly && allDay.equals(Optional.of(false))) {
            rejected.add(
                    new FieldViolation("all_day", "must not be false with a due_at that is a date without a time"));
        }
        aliasAgrees(body, "remind_at", remindAt, "reminder_time", reminderTime, rejected);
        aliasAgrees(body, "recurrence", recurrence, "recurrence_rule", recurrenceRule, rejected);
        var kept = EnumSet.noneOf(KeptField.class);
        if (!body.has("remind_at") && !body.has("reminder_time")) {
            kept.add(KeptField.REMIND_AT);
        }
        if (!body.has("recurrence") && !body.has("recurrence_rule")) {
            kept.add(KeptField.RECURRENCE);
        }
        if (!body.has("time_zone")) {
            kept.add(KeptField.TIME_ZONE);
        }
        if (!body.has("all_day") && !dateOnly) {
            kept.add(KeptField.ALL_DAY);
        }
        var request = new TaskRequest(
                title,
                description,
                priority,
                dueAt,
                dueDate,
                tags,
                completed,
                body.has("remind_at") ? remindAt : reminderTime,
                body.has("recurrence") ? recurrence : recurrenceRule,
                timeZone,
                dateOnly || allDay.orElse(false),
                kept,
                List.copyOf(rejected));
        fields.throwIfWrongTypes();
        return request;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A field given under its name and its alias must have one value. */
    private static void aliasAgrees(
            ObjectNode body, String name, Object value, String alias, Object aliased, List<FieldViolation> rejected) {
        if (body.has(name) && body.has(alias) && !Objects.equals(value, aliased)) {
            rejected.add(new FieldViolation(alias, "must equal " + name + " when both are given"));
        }
    }

    /** @throws dev.todo.domain.ValidationException naming every refused or invalid field at once */
    TaskDetails details() {
        var violations = new Violations();
        rejected.forEach(v -> violations.add(v.field(), v.message()));
        TaskDetails details = violations.check(() ->
                TaskDetails.parse(title, description, priority, due(), tags, remindAt, recurrence, timeZone, allDay));
        violations.throwIfAny();
        return details;
    }

    /** The due time; a due date's is its start in the request's zone (a PUT keeping its zone moves it there). */
    private Instant due() {
        if (dueDate == null) {
            return dueAt;
        }
        return dueDate.atStartOfDay(TaskDetails.zoneOrDefault(timeZone)).toInstant();
    }

    CreateTaskCommand toCommand(UserId actor) {
        return new CreateTaskCommand(actor, details(), completed.orElse(false));
    }

    ReplaceTaskCommand toReplaceCommand(UserId actor, TaskId taskId, ExpectedVersions expected) {
        return new ReplaceTaskCommand(
                actor, taskId, details(), completed, expected, kept, Optional.ofNullable(dueDate));
    }
}

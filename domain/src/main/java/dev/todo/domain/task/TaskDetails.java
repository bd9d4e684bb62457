package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import dev.todo.domain.Violations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a task its owner edits: title, description, priority, due time, tags, reminder time, how
 * it repeats and the time zone its repetition (and its local due date) is computed in.
 */
public record TaskDetails(
        Title title,
        Optional<Description> description,
        Optional<Priority> priority,
        Optional<Instant> dueAt,
        Tags tags,
        Optional<Instant> remindAt,
        Optional<Recurrence> recurrence,
        ZoneId timeZone,
        boolean allDay) {
    /** The zone of a task whose owner named none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    /** The zone ids of the time-zone database, read once: {@link ZoneId#getAvailableZoneIds()} copies them per call. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    public TaskDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(tags, "tags");
        dueAt = dueAt.map(at -> TaskTimes.checkRange("due_at", at));
        remindAt = remindAt.map(at -> TaskTimes.checkRange("remind_at", at));
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(timeZone, "timeZone");
        if (allDay) {
            dueAt = dueAt.map(at -> startOfDate(at, timeZone));
        }
        if (allDay || recurrence.isPresent()) {
            var violations = new Violations();
            checkTogether(violations, dueAt, recurrence, timeZone, allDay);
            violations.throwIfAny();
        }
    }

    /** The fields with a due time of day (not all-day). */
    public TaskDetails(
            Title title,
            Optional<Description> description,
            Optional<Priority> priority,
            Optional<Instant> dueAt,
            Tags tags,
            Optional<Instant> remindAt,
            Optional<Recurrence> recurrence,
            ZoneId timeZone) {
        this(title, description, priority, dueAt, tags, remindAt, recurrence, timeZone, false);
    }

    /** The start of the date that {@code at} falls on in {@code zone} (where midnight does not exist, the first time after). */
    public static Instant startOfDate(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** The fields without a recurrence, in UTC. */
    public TaskDetails(
            Title title,
            Optional<Description> description,
            Optional<Priority> priority,
            Optional<Instant> dueAt,
            Tags tags,
            Optional<Instant> remindAt) {
        this(title, description, priority, dueAt, tags, remindAt, Optional.empty(), DEFAULT_ZONE);
    }

    /** The fields without a reminder. */
    public TaskDetails(
            Title title,
            Optional<Description> description,
            Optional<Priority> priority,
            Optional<Instant> dueAt,
            Tags tags) {
        this(title, description, priority, dueAt, tags, Optional.empty());
    }

    /** Just a title; the other fields empty. */
    public static TaskDetails titled(String title) {
        return new TaskDetails(Title.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Tags.NONE);
    }

    /** Parses raw input as {@link #parse(String, String, String, Instant, Collection, Instant)} without a reminder. */
    public static TaskDetails parse(
            String title, String description, String priority, Instant dueAt, Collection<String> tags) {
        return parse(title, description, priority, dueAt, tags, null);
    }

    /**
     * Parses raw input field by field and reports every invalid field at once. {@code null} stands for
     * an absent optional field; a missing title is a violation.
     */
    public static TaskDetails parse(
            String title,
            String description,
            String priority,
            Instant dueAt,
            Collection<String> tags,
            Instant remindAt) {
        return parse(title, description, priority, dueAt, tags, remindAt, null, null);
    }

    /**
     * Parses raw input field by field, then the rules that join fields (a recurrence needs a due time and
     * ends no earlier), and reports every invalid field at once. {@code null} stands for an absent optional
     * field (no recurrence; the zone {@link #DEFAULT_ZONE}); a missing title is a violation.
     */
    public static TaskDetails parse(
            String title,
            String description,
            String priority,
            Instant dueAt,
            Collection<String> tags,
            Instant remindAt,
            String recurrence,
            String timeZone) {
        return parse(title, description, priority, dueAt, tags, remindAt, recurrence, timeZone, false);
    }

    /**
     * As {@link #parse(String, String, String, Instant, Collection, Instant, String, String)}, for an
     * all-day task when {@code allDay}: its due time is the start of its date in the zone.
     */
    public static TaskDetails parse(
            String title,
            String description,
            String priority,
            Instant dueAt,
            Collection<String> tags,
            Instant remindAt,
            String recurrence,
            String timeZone,
            boolean allDay) {
        var violations = new Violations();
        Title parsedTitle = violations.check(() -> Title.of(title));
        Optional<Description> parsedDescription = violations.check(() -> Description.ofNullable(description));
        Optional<Priority> parsedPriority = violations.check(() -> Priority.parseNullable(priority));
        Optional<Instant> parsedDue =
                violations.check(() -> Optional.ofNullable(dueAt).map(at -> TaskTimes.checkRange("due_at", at)));
        Tags parsedTags = violations.check(() -> Tags.parse(tags));
        Optional<Instant> parsedRemind =
                violations.check(() -> Optional.ofNullable(remindAt).map(at -> TaskTimes.checkRange("remind_at", at)));
        Optional<Recurrence> parsedRecurrence =
                violations.check(() -> recurrence == null ? Optional.empty() : Recurrence.parse(recurrence));
        ZoneId parsedZone = violations.check(() -> timeZone == null ? DEFAULT_ZONE : zone(timeZone));
        if (parsedDue != null && parsedRecurrence != null && parsedZone != null) {
            checkTogether(violations, parsedDue, parsedRecurrence, parsedZone, allDay);
        }
        violations.throwIfAny();
        return new TaskDetails(
                parsedTitle,
                parsedDescription,
                parsedPriority,
                parsedDue,
                parsedTags,
                parsedRemind,
                parsedRecurrence,
                parsedZone,
                allDay);
    }

    /** An IANA time-zone id the time-zone database knows ({@code Europe/Berlin}, {@code UTC}); never a bare offset. */
    public static ZoneId zone(String id) {
        if (!ZONE_IDS.contains(id)) {
            throw new ValidationException("time_zone", "must be an IANA time-zone id such as Europe/Berlin or UTC");
        }
        return ZoneId.of(id);
    }

    /** The zone {@code id} names if it is a valid one (see {@link #zone}), otherwise {@link #DEFAULT_ZONE}. */
    public static ZoneId zoneOrDefault(String id) {
        return id != null && ZONE_IDS.contains(id) ? ZoneId.of(id) : DEFAULT_ZONE;
    }

    private static void checkTogether(
            Violations violations,
            Optional<Instant> dueAt,
            Optional<Recurrence> recurrence,
            ZoneId zone,
            boolean allDay) {
        if (allDay && dueAt.isEmpty()) {
            violations.add("all_day", "needs a due date (due_at)");
        }
        if (recurrence.isEmpty()) {
            return;
        }
        if (dueAt.isEmpty()) {
            violations.add(Recurrence.FIELD, "needs a due time (due_at): a series repeats from it");
            return;
        }
        var until = recurrence.get().until();
        var due = dueAt.get();
        if (until.isPresent() && !until.get().admits(due, due.atZone(zone).toLocalDate())) {
            violations.add(Recurrence.FIELD, "ends (UNTIL) before its due time");
        }
    }

    public TaskDetails withDescription(String text) {
        return new TaskDetails(
                title, Description.ofNullable(text), priority, dueAt, tags, remindAt, recurrence, timeZone, allDay);
    }

    public TaskDetails withPriority(Priority level) {
        return new TaskDetails(
                title, description, Optional.ofNullable(level), dueAt, tags, remindAt, recurrence, timeZone, allDay);
    }

    public TaskDetails withDueAt(Instant at) {
        return new TaskDetails(
                title, description, priority, Optional.ofNullable(at), tags, remindAt, recurrence, timeZone, allDay);
    }

    public TaskDetails withTags(String... labels) {
        return new TaskDetails(
                title, description, priority, dueAt, Tags.of(labels), remindAt, recurrence, timeZone, allDay);
    }

    /** The same details with a reminder at {@code at} ({@code null}: none). */
    public TaskDetails withRemindAt(Instant at) {
        return new TaskDetails(
                title, description, priority, dueAt, tags, Optional.ofNullable(at), recurrence, timeZone, allDay);
    }

    /** The same details repeating by {@code rule} ({@code null}: not repeating), computed in {@code zone}. */
    public TaskDetails withRecurrence(Recurrence rule, ZoneId zone) {
        return new TaskDetails(
                title, description, priority, dueAt, tags, remindAt, Optional.ofNullable(rule), zone, allDay);
    }

    /** The same details due all day on their due date (its start in the zone), or at their due time. */
    public TaskDetails withAllDay(boolean wholeDay) {
        return new TaskDetails(title, description, priority, dueAt, tags, remindAt, recurrence, timeZone, wholeDay);
    }

    /** The due time as a wall-clock time in the task's zone; empty without a due time. */
    public Optional<LocalDateTime> localDue() {
        return dueAt.map(at -> LocalDateTime.ofInstant(at, timeZone));
    }

    /** Whether {@code other} repeats differently: another rule, zone to compute it in, or all-day flag. */
    public boolean repeatsOtherwiseThan(TaskDetails other) {
        return !recurrence.equals(other.recurrence) || !timeZone.equals(other.timeZone) || allDay != other.allDay;
    }

    /**
     * When a task with these details reminds its owner, as of a change made at {@code now}: at
     * {@code remind_at} if the task is open and that time is still to come; never otherwise.
     */
    public Optional<Instant> pendingReminder(boolean completed, Instant now) {
        return completed ? Optional.empty() : remindAt.filter(at -> at.isAfter(now));
    }

    /** Title and description, lowercased, as text search sees them. */
    public String searchableText() {
        String text = description.map(d -> title.value() + "\n" + d.value()).orElse(title.value());
        return text.toLowerCase(Locale.ROOT);
    }
}

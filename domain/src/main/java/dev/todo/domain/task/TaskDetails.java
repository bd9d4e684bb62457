package dev.todo.domain.task;

import dev.todo.domain.Violations;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The fields of a task its owner edits: title, description, priority, due time, tags and reminder time. */
public record TaskDetails(
        Title title,
        Optional<Description> description,
        Optional<Priority> priority,
        Optional<Instant> dueAt,
        Tags tags,
        Optional<Instant> remindAt) {

    public TaskDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(tags, "tags");
        dueAt = dueAt.map(at -> TaskTimes.checkRange("due_at", at));
        remindAt = remindAt.map(at -> TaskTimes.checkRange("remind_at", at));
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
        var violations = new Violations();
        Title parsedTitle = violations.check(() -> Title.of(title));
        Optional<Description> parsedDescription = violations.check(() -> Description.ofNullable(description));
        Optional<Priority> parsedPriority = violations.check(() -> Priority.parseNullable(priority));
        Optional<Instant> parsedDue =
                violations.check(() -> Optional.ofNullable(dueAt).map(at -> TaskTimes.checkRange("due_at", at)));
        Tags parsedTags = violations.check(() -> Tags.parse(tags));
        Optional<Instant> parsedRemind =
                violations.check(() -> Optional.ofNullable(remindAt).map(at -> TaskTimes.checkRange("remind_at", at)));
        violations.throwIfAny();
        return new TaskDetails(parsedTitle, parsedDescription, parsedPriority, parsedDue, parsedTags, parsedRemind);
    }

    public TaskDetails withDescription(String text) {
        return new TaskDetails(title, Description.ofNullable(text), priority, dueAt, tags, remindAt);
    }

    public TaskDetails withPriority(Priority level) {
        return new TaskDetails(title, description, Optional.ofNullable(level), dueAt, tags, remindAt);
    }

    public TaskDetails withDueAt(Instant at) {
        return new TaskDetails(title, description, priority, Optional.ofNullable(at), tags, remindAt);
    }

    public TaskDetails withTags(String... labels) {
        return new TaskDetails(title, description, priority, dueAt, Tags.of(labels), remindAt);
    }

    /** The same details with a reminder at {@code at} ({@code null}: none). */
    public TaskDetails withRemindAt(Instant at) {
        return new TaskDetails(title, description, priority, dueAt, tags, Optional.ofNullable(at));
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

package dev.todo.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a user's tasks a listing shows. Every present criterion must hold. The due range is
 * half-open: {@code dueAfter <= due_at < dueBefore}; with either bound set, tasks without a due time
 * are left out. {@code series} keeps the occurrences of one series; without {@code history}, completed
 * occurrences that a next one followed are left out.
 */
public record TaskFilter(
        CompletionStatus status,
        Optional<TextQuery> text,
        Optional<Priority> priority,
        Optional<Tag> tag,
        Optional<Instant> dueBefore,
        Optional<Instant> dueAfter,
        Optional<TaskId> series,
        boolean history) {

    public static final TaskFilter ALL = new TaskFilter(
            CompletionStatus.ALL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /** A filter of every series, history included. */
    public TaskFilter(
            CompletionStatus status,
            Optional<TextQuery> text,
            Optional<Priority> priority,
            Optional<Tag> tag,
            Optional<Instant> dueBefore,
            Optional<Instant> dueAfter) {
        this(status, text, priority, tag, dueBefore, dueAfter, Optional.empty(), true);
    }

    public TaskFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(tag, "tag");
        dueBefore = dueBefore.map(at -> TaskTimes.checkRange("due_before", at));
        dueAfter = dueAfter.map(at -> TaskTimes.checkRange("due_after", at));
        Objects.requireNonNull(series, "series");
    }

    public boolean matches(Task task) {
        return status.matches(task)
                && text.map(q -> q.matches(task)).orElse(true)
                && priority.map(p -> task.priority().equals(Optional.of(p))).orElse(true)
                && tag.map(t -> task.tags().contains(t)).orElse(true)
                && dueBefore
                        .map(before ->
                                task.dueAt().filter(due -> due.isBefore(before)).isPresent())
                        .orElse(true)
                && dueAfter.map(after ->
                                task.dueAt().filter(due -> !due.isBefore(after)).isPresent())
                        .orElse(true)
                && series.map(id -> task.place().seriesId().equals(Optional.of(id)))
                        .orElse(true)
                && (history || !isSuperseded(task));
    }

    /** A completed occurrence that a next one followed: the history of a series. */
    public static boolean isSuperseded(Task task) {
        return task.completed() && task.place().nextOccurrenceId().isPresent();
    }

    public TaskFilter withStatus(CompletionStatus value) {
        return new TaskFilter(value, text, priority, tag, dueBefore, dueAfter, series, history);
    }

    public TaskFilter withText(String query) {
        return new TaskFilter(status, TextQuery.parse(query), priority, tag, dueBefore, dueAfter, series, history);
    }

    public TaskFilter withPriority(Priority value) {
        return new TaskFilter(status, text, Optional.of(value), tag, dueBefore, dueAfter, series, history);
    }

    public TaskFilter withTag(String value) {
        return new TaskFilter(status, text, priority, Optional.of(Tag.of(value)), dueBefore, dueAfter, series, history);
    }

    public TaskFilter withDueBefore(Instant value) {
        return new TaskFilter(status, text, priority, tag, Optional.of(value), dueAfter, series, history);
    }

    /** Only the occurrences of the series {@code id}. */
    public TaskFilter withSeries(TaskId id) {
        return new TaskFilter(status, text, priority, tag, dueBefore, dueAfter, Optional.of(id), history);
    }

    /** With or without the completed occurrences that a next one followed. */
    public TaskFilter withHistory(boolean shown) {
        return new TaskFilter(status, text, priority, tag, dueBefore, dueAfter, series, shown);
    }

    public TaskFilter withDueAfter(Instant value) {
        return new TaskFilter(status, text, priority, tag, dueBefore, Optional.of(value), series, history);
    }
}

package dev.todo.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a user's tasks a listing shows. Every present criterion must hold. The due range is
 * half-open: {@code dueAfter <= due_at < dueBefore}; with either bound set, tasks without a due time
 * are left out.
 */
public record TaskFilter(
        CompletionStatus status,
        Optional<TextQuery> text,
        Optional<Priority> priority,
        Optional<Tag> tag,
        Optional<Instant> dueBefore,
        Optional<Instant> dueAfter) {

    public static final TaskFilter ALL = new TaskFilter(
            CompletionStatus.ALL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    public TaskFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(tag, "tag");
        dueBefore = dueBefore.map(at -> TaskTimes.checkRange("due_before", at));
        dueAfter = dueAfter.map(at -> TaskTimes.checkRange("due_after", at));
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
                        .orElse(true);
    }

    public TaskFilter withStatus(CompletionStatus value) {
        return new TaskFilter(value, text, priority, tag, dueBefore, dueAfter);
    }

    public TaskFilter withText(String query) {
        return new TaskFilter(status, TextQuery.parse(query), priority, tag, dueBefore, dueAfter);
    }

    public TaskFilter withPriority(Priority value) {
        return new TaskFilter(status, text, Optional.of(value), tag, dueBefore, dueAfter);
    }

    public TaskFilter withTag(String value) {
        return new TaskFilter(status, text, priority, Optional.of(Tag.of(value)), dueBefore, dueAfter);
    }

    public TaskFilter withDueBefore(Instant value) {
        return new TaskFilter(status, text, priority, tag, Optional.of(value), dueAfter);
    }

    public TaskFilter withDueAfter(Instant value) {
        return new TaskFilter(status, text, priority, tag, dueBefore, Optional.of(value));
    }
}

package dev.todo.application.service;

import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.port.out.TaskTransition;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of a series' occurrences: completing an open occurrence creates the next one, at the series'
 * first instance after the latest of the instance it stood for, its due time and now (missed instances are
 * skipped); reopening one withdraws the next. The one place the recurrence expander is called.
 */
public final class Occurrences {
    private final RecurrenceExpander expander;

    public Occurrences(RecurrenceExpander expander) {
        this.expander = expander;
    }

    /** Refuses a recurrence when this core has no expander to compute its instances. */
    public void checkSupported(TaskDetails details) {
        if (details.recurrence().isPresent() && expander == RecurrenceExpander.NONE) {
            throw new ValidationException(
                    Recurrence.FIELD, "is not supported: this core was built without a recurrence expander");
        }
    }

    /** What changing {@code before} into {@code after} at {@code now} stores, the other occurrences included. */
    public TaskTransition of(Task before, Task after, Instant now) {
        if (!before.completed()
                && after.completed()
                && after.place().nextOccurrenceId().isEmpty()) {
            return new TaskTransition(
                    after, after.recurrence().flatMap(rule -> next(after, rule, now)), Optional.empty());
        }
        if (before.completed() && !after.completed()) {
            return new TaskTransition(after, Optional.empty(), before.place().nextOccurrenceId());
        }
        return TaskTransition.of(after);
    }

    private Optional<NewTask> next(Task occurrence, Recurrence rule, Instant now) {
        var details = occurrence.details();
        checkSupported(details); // a repeating task stored by another core: refused, never completed without its next
        var place = occurrence.place();
        Instant after = Stream.of(
                        place.occurrenceOf().map(local -> Task.resolve(local, details)),
                        details.dueAt(),
                        Optional.of(now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .orElseThrow();
        return expander.nextInstance(rule, details.timeZone(), place.ruleStart().orElseThrow(), after)
                .map(instance -> occurrence.nextOccurrence(instance, now));
    }
}

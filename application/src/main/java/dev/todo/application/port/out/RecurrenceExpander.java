package dev.todo.application.port.out;

import dev.todo.domain.task.Recurrence;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Expands recurrence rules: the instances of a series, as wall-clock times in its zone, computed from where
 * its rule starts. Implemented with a recurrence library; {@link #NONE} is a core that cannot repeat tasks.
 */
public interface RecurrenceExpander {
    /**
     * The series' first instance that falls after {@code after}, or empty when the rule has none left
     * ({@code COUNT} counts {@code ruleStart} as the first instance; {@code UNTIL} is inclusive).
     */
    Optional<LocalDateTime> nextInstance(Recurrence rule, ZoneId zone, LocalDateTime ruleStart, Instant after);

    /** No expander: a core built with it refuses recurrences. */
    RecurrenceExpander NONE = (rule, zone, start, after) -> {
        throw new UnsupportedOperationException("this core has no recurrence expander");
    };
}

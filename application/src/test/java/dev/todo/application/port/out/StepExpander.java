package dev.todo.application.port.out;

import dev.todo.domain.task.Frequency;
import dev.todo.domain.task.Recurrence;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A recurrence expander for tests of the core: daily and weekly rules without BYDAY, stepped with
 * {@code java.time}, COUNT applied. The library's expander is tested against the library in adapter-postgres.
 */
public final class StepExpander implements RecurrenceExpander {
    @Override
    public Optional<LocalDateTime> nextInstance(Recurrence rule, ZoneId zone, LocalDateTime ruleStart, Instant after) {
        if (!rule.byDay().isEmpty()
                || !rule.byMonthDay().isEmpty()
                || rule.until().isPresent()) {
            throw new IllegalArgumentException("the step expander knows plain daily and weekly rules only");
        }
        int days = rule.interval() * (rule.frequency() == Frequency.WEEKLY ? 7 : 1);
        if (rule.frequency() != Frequency.DAILY && rule.frequency() != Frequency.WEEKLY) {
            throw new IllegalArgumentException("the step expander knows plain daily and weekly rules only");
        }
        LocalDateTime instance = ruleStart;
        for (int n = 1; rule.count().isEmpty() || n <= rule.count().getAsInt(); n++) {
            if (ZonedDateTime.ofLocal(instance, zone, null).toInstant().isAfter(after)) {
                return Optional.of(instance);
            }
            instance = instance.plusDays(days);
        }
        return Optional.empty();
    }
}

package dev.todo.adapter.postgres.recurrence;

import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.domain.task.Recurrence;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * The recurrence expander on dmfs lib-recur: iterates a rule's instances as floating wall-clock times from
 * its start, a day a month lacks moved back to the month's last day ({@code RSCALE=GREGORIAN;SKIP=BACKWARD},
 * RFC 7529), and applies {@code COUNT} and {@code UNTIL} itself to instants resolved in the zone (a time a
 * DST gap skips moves later by the gap, a repeated one is the earlier), so that both mean what Todo's
 * contract says whatever the zone.
 */
public final class LibRecurExpander implements RecurrenceExpander {
    /** A bound on the instances walked for one answer: far beyond COUNT's 1000 and a century of days. */
    private static final int MAX_STEPS = 200_000;

    @Override
    public Optional<LocalDateTime> nextInstance(Recurrence rule, ZoneId zone, LocalDateTime ruleStart, Instant after) {
        RecurrenceRuleIterator instances = libraryRule(rule).iterator(floating(ruleStart));
        int counted = 0;
        LocalDateTime previous = null;
        LocalDateTime candidate = ruleStart;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (previous == null || candidate.isAfter(previous)) {
                counted++;
                if (rule.count().isPresent() && counted > rule.count().getAsInt()) {
                    return Optional.empty();
                }
                Instant at = ZonedDateTime.ofLocal(candidate, zone, null).toInstant();
                if (rule.until().isPresent() && !rule.until().get().admits(at, candidate.toLocalDate())) {
                    return Optional.empty();
                }
                if (at.isAfter(after)) {
                    return Optional.of(candidate);
                }
                previous = candidate;
            }
            if (!instances.hasNext()) {
                return Optional.empty();
            }
            candidate = local(instances.nextDateTime(), ruleStart.getNano());
        }
        return Optional.empty();
    }

    /** The rule as the library evaluates it: without COUNT and UNTIL (applied here), with RFC 7529's clamping. */
    static RecurrenceRule libraryRule(Recurrence rule) {
        var unbounded = new Recurrence(
                rule.frequency(),
                rule.interval(),
                rule.byDay(),
                rule.byMonthDay(),
                OptionalInt.empty(),
                Optional.empty());
        try {
            return new RecurrenceRule(
                    unbounded + ";RSCALE=GREGORIAN;SKIP=BACKWARD", RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalArgumentException("the library refuses a rule the domain accepts: " + rule, e);
        }
    }

    private static DateTime floating(LocalDateTime local) {
        return new DateTime(
                local.getYear(),
                local.getMonthValue() - 1,
                local.getDayOfMonth(),
                local.getHour(),
                local.getMinute(),
                local.getSecond());
    }

    private static LocalDateTime local(DateTime instance, int nano) {
        return LocalDateTime.of(
                instance.getYear(),
                instance.getMonth() + 1,
                instance.getDayOfMonth(),
                instance.getHours(),
                instance.getMinutes(),
                instance.getSeconds(),
                nano);
    }
}

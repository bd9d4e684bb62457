package dev.todo.domain.task;

import java.time.DayOfWeek;
import java.util.Objects;

/** One {@code BYDAY} value: a weekday, with an ordinal in its month ({@code 2TU}, {@code -1FR}) or 0 for every one. */
public record WeekdayRule(int ordinal, DayOfWeek day) implements Comparable<WeekdayRule> {
    public WeekdayRule {
        Objects.requireNonNull(day, "day");
        if (ordinal < -5 || ordinal > 5) {
            throw new IllegalArgumentException("ordinal must lie in -5..5");
        }
    }

    /** The two-letter RFC 5545 code of a weekday ({@code MO} … {@code SU}). */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    @Override
    public int compareTo(WeekdayRule other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return (ordinal == 0 ? "" : Integer.toString(ordinal)) + code(day);
    }
}

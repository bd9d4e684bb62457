package dev.todo.domain.task;

import dev.todo.domain.FieldViolation;
import dev.todo.domain.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a task repeats: an RFC 5545 RRULE of the subset Todo accepts ({@code FREQ} DAILY…YEARLY,
 * {@code INTERVAL}, {@code BYDAY}, {@code BYMONTHDAY}, {@code COUNT}, {@code UNTIL}). {@link #toString()}
 * is the canonical form that is stored and answered.
 */
public record Recurrence(
        Frequency frequency,
        int interval,
        List<WeekdayRule> byDay,
        List<Integer> byMonthDay,
        OptionalInt count,
        Optional<Until> until) {
    public static final String FIELD = "recurrence";
    public static final int MAX_LENGTH = 500;
    public static final int MAX_INTERVAL = 1000;
    public static final int MAX_COUNT = 1000;

    private static final Pattern PART_NAME = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern WEEKDAY = Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter UNTIL_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final Set<String> KNOWN_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL");

    /** The end of a series: through a date (in the task's time zone) or through an instant. */
    public sealed interface Until {
        /** Whether an instance at {@code at}, on local date {@code date}, still belongs to the series. */
        boolean admits(Instant at, LocalDate date);
    }

    /** {@code UNTIL=20261231}: through the end of that date where the task's time zone says. */
    public record UntilDate(LocalDate date) implements Until {
        @Override
        public boolean admits(Instant at, LocalDate local) {
            return !local.isAfter(date);
        }

        @Override
        public String toString() {
            return date.format(UNTIL_DATE);
        }
    }

    /** {@code UNTIL=20261231T235959Z}: through that instant. */
    public record UntilTime(Instant at) implements Until {
        @Override
        public boolean admits(Instant instance, LocalDate local) {
            return !instance.isAfter(at);
        }

        @Override
        public String toString() {
            return LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(UNTIL_TIME);
        }
    }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        byDay = List.copyOf(new TreeSet<>(byDay));
        var days = new ArrayList<>(new TreeSet<>(byMonthDay));
        days.sort(Comparator.comparing((Integer d) -> d < 0).thenComparing(d -> d));
        byMonthDay = List.copyOf(days);
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(until, "until");
    }

    /** A rule of one frequency with no other part. */
    public static Recurrence every(Frequency frequency) {
        return new Recurrence(frequency, 1, List.of(), List.of(), OptionalInt.empty(), Optional.empty());
    }

    /**
     * Parses a rule (an optional {@code RRULE:} prefix; names and values in any case) or a keyword
     * ({@code daily}, {@code weekdays}, {@code weekly}, {@code monthly}, {@code yearly}; {@code none} is
     * no rule). A refused rule is a violation of {@code recurrence} naming the part that is wrong.
     */
    public static Optional<Recurrence> parse(String text) {
        String value = text.strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "none":
                return Optional.empty();
            case "daily":
                return Optional.of(every(Frequency.DAILY));
            case "weekly":
                return Optional.of(every(Frequency.WEEKLY));
            case "monthly":
                return Optional.of(every(Frequency.MONTHLY));
            case "yearly":
                return Optional.of(every(Frequency.YEARLY));
            case "weekdays":
                return Optional.of(weekdays());
            default:
                return Optional.of(parseRule(value));
        }
    }

    /** {@code FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR}. */
    public static Recurrence weekdays() {
        var days = new ArrayList<WeekdayRule>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.add(new WeekdayRule(0, day));
            }
        }
        return new Recurrence(Frequency.WEEKLY, 1, days, List.of(), OptionalInt.empty(), Optional.empty());
    }

    private static Recurrence parseRule(String value) {
        if (value.length() > MAX_LENGTH) {
            throw refused(null, "must be at most " + MAX_LENGTH + " characters");
        }
        String rule = value.regionMatches(true, 0, "RRULE:", 0, 6) ? value.substring(6) : value;
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            if (equals < 0 || !PART_NAME.matcher(name).matches()) {
                throw refused(
                        null,
                        "must be a keyword (daily, weekdays, weekly, monthly, yearly, none) or an RRULE"
                                + " such as FREQ=WEEKLY;BYDAY=MO,WE");
            }
            name = name.toUpperCase(Locale.ROOT);
            if (!KNOWN_PARTS.contains(name)) {
                throw refused(
                        name, "is not supported: a rule may have FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL");
            }
            if (parts.put(name, part.substring(equals + 1).toUpperCase(Locale.ROOT)) != null) {
                throw refused(name, "must be given at most once");
            }
        }
        Frequency frequency = frequency(parts.get("FREQ"));
        int interval = number(parts, "INTERVAL", MAX_INTERVAL).orElse(1);
        List<WeekdayRule> byDay = byDay(parts.get("BYDAY"), frequency);
        List<Integer> byMonthDay = byMonthDay(parts.get("BYMONTHDAY"), frequency);
        OptionalInt count = number(parts, "COUNT", MAX_COUNT);
        Optional<Until> until = Optional.ofNullable(parts.get("UNTIL")).map(Recurrence::until);
        if (count.isPresent() && until.isPresent()) {
            throw refused("UNTIL", "cannot be given together with COUNT");
        }
        return new Recurrence(frequency, interval, byDay, byMonthDay, count, until);
    }

    private static Frequency frequency(String value) {
        if (value == null) {
            throw refused("FREQ", "is required: DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw refused("FREQ", "must be DAILY, WEEKLY, MONTHLY or YEARLY");
        }
    }

    private static OptionalInt number(Map<String, String> parts, String name, int max) {
        String value = parts.get(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
            throw refused(name, "must be a whole number from 1 to " + max);
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private static List<WeekdayRule> byDay(String value, Frequency frequency) {
        if (value == null) {
            return List.of();
        }
        if (frequency == Frequency.YEARLY) {
            throw refused("BYDAY", "is not supported with FREQ=YEARLY (a yearly rule repeats the due date)");
        }
        var days = new ArrayList<WeekdayRule>();
        for (String code : value.split(",", -1)) {
            var matcher = WEEKDAY.matcher(code);
            if (!matcher.matches()) {
                throw refused(
                        "BYDAY",
                        "must list weekdays MO, TU, WE, TH, FR, SA, SU (with an ordinal such as 2TU or -1FR"
                                + " only in monthly rules)");
            }
            int ordinal = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
            if (ordinal != 0 && frequency != Frequency.MONTHLY) {
                throw refused("BYDAY", "may have an ordinal such as 2TU or -1FR only with FREQ=MONTHLY");
            }
            days.add(new WeekdayRule(ordinal, dayOf(matcher.group(2))));
        }
        return days;
    }

    private static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (WeekdayRule.code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalStateException(code);
    }

    private static List<Integer> byMonthDay(String value, Frequency frequency) {
        if (value == null) {
            return List.of();
        }
        if (frequency == Frequency.WEEKLY || frequency == Frequency.YEARLY) {
            throw refused("BYMONTHDAY", "is supported only with FREQ=DAILY or FREQ=MONTHLY");
        }
        var days = new ArrayList<Integer>();
        for (String day : value.split(",", -1)) {
            if (!day.matches("[+-]?[0-9]{1,2}")
                    || Math.abs(Integer.parseInt(day)) < 1
                    || Math.abs(Integer.parseInt(day)) > 31) {
                throw refused("BYMONTHDAY", "must list days 1 to 31 or -31 to -1 (-1 is the month's last day)");
            }
            days.add(Integer.parseInt(day));
        }
        return days;
    }

    private static Until until(String value) {
        try {
            if (value.length() == 8) {
                return new UntilDate(LocalDate.parse(value, UNTIL_DATE));
            }
            return new UntilTime(LocalDateTime.parse(value, UNTIL_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw refused("UNTIL", "must be a date such as 20261231 or a UTC time such as 20261231T235959Z");
        }
    }

    private static ValidationException refused(String part, String message) {
        return new ValidationException(List.of(new FieldViolation(FIELD, message, part)));
    }

    /** The canonical form: parts in the order FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL; INTERVAL=1 left out. */
    @Override
    public String toString() {
        var rule = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=")
                    .append(String.join(
                            ",", byDay.stream().map(WeekdayRule::toString).toList()));
        }
        if (!byMonthDay.isEmpty()) {
            rule.append(";BYMONTHDAY=")
                    .append(String.join(
                            ",", byMonthDay.stream().map(String::valueOf).toList()));
        }
        count.ifPresent(n -> rule.append(";COUNT=").append(n));
        until.ifPresent(end -> rule.append(";UNTIL=").append(end));
        return rule.toString();
    }
}

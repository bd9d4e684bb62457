package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Rules for task times: due times lie in years 1900..9999; every stored time is kept to the microsecond. */
public final class TaskTimes {
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private TaskTimes() {}

    /** Validates a due time (or a due-time filter bound) and truncates it to microseconds. */
    public static Instant checkRange(String field, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new ValidationException(field, "must lie between years 1900 and 9999");
        }
        return precise(value);
    }

    /** Times are kept to the microsecond, the precision PostgreSQL stores. */
    public static Instant precise(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }
}

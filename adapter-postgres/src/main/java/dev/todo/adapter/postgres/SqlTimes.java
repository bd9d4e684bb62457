package dev.todo.adapter.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Binds instants as UTC {@code timestamptz} values, independent of the JVM's and the session's time zone. */
final class SqlTimes {
    private SqlTimes() {}

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

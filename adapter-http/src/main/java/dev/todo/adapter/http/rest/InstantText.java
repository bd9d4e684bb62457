package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} as RFC 3339 UTC text, exactly as {@link Instant#toString()} does (0, 3, 6 or
 * 9 fraction digits), without a {@code DateTimeFormatter}: a list page writes hundreds of times.
 */
final class InstantText extends StdSerializer<Instant> {
    private static final long SECONDS_PER_DAY = 86_400;

    InstantText() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeString(format(value));
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            return instant.toString();
        }
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        var text = new StringBuilder(30);
        text.append(date.getYear()).append('-');
        two(text, date.getMonthValue()).append('-');
        two(text, date.getDayOfMonth()).append('T');
        two(text, secondOfDay / 3600).append(':');
        two(text, secondOfDay / 60 % 60).append(':');
        two(text, secondOfDay % 60);
        fraction(text, instant.getNano());
        return text.append('Z').toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void fraction(StringBuilder text, int nanos) {
        if (nanos == 0) {
            return;
        }
        int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        String all = Integer.toString(1_000_000_000 + nanos); // leading 1 keeps the zeros
        text.append('.').append(all, 1, 1 + digits);
    }
}

package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.application.port.in.IdempotencyKey;
import dev.todo.domain.ValidationException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi draft): a structured-field string
 * ({@code "…"}, with {@code \"} and {@code \\} escapes) or, as Stripe-style clients send it, the bare value.
 */
final class IdempotencyKeys {
    static final String HEADER = "Idempotency-Key";
    /** Answered with a replay: the task was created by an earlier request with the key. */
    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyKeys() {}

    /** @throws BadRequestException naming the header when it is present but not a valid key */
    static Optional<IdempotencyKey> read(Context ctx) {
        String raw = ctx.header(HEADER);
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = unescape(value.substring(1, value.length() - 1));
        }
        try {
            return Optional.of(new IdempotencyKey(value));
        } catch (ValidationException e) {
            throw new BadRequestException("The Idempotency-Key header is not valid.", e.violations());
        }
    }

    private static String unescape(String quoted) {
        var value = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                c = quoted.charAt(++i);
            }
            value.append(c);
        }
        return value.toString();
    }
}

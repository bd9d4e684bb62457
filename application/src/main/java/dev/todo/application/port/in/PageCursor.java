package dev.todo.application.port.in;

import java.util.Objects;

/** An opaque token naming where the next page of a listing starts. Clients pass it back unchanged. */
public record PageCursor(String value) {
    public PageCursor {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}

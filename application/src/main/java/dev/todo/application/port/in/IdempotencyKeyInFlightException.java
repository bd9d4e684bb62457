package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** Another request with the same idempotency key is being processed right now; retry shortly. */
public final class IdempotencyKeyInFlightException extends DomainException {
    public IdempotencyKeyInFlightException() {
        super("a request with this idempotency key is in progress");
    }
}

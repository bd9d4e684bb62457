package dev.todo.application.port.in;

import dev.todo.domain.DomainException;

/** The idempotency key was used within the last day for a request with other content. */
public final class IdempotencyKeyReusedException extends DomainException {
    public IdempotencyKeyReusedException() {
        super("this idempotency key was used for another task");
    }
}

package dev.todo.application.port.out;

import dev.todo.domain.DomainException;

/** The store cannot be reached or did not answer in time; the operation may succeed if retried later. */
public final class StorageUnavailableException extends DomainException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}

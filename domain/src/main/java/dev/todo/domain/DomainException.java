package dev.todo.domain;

/** Base of every rule violation raised by the domain and the application; unchecked by design. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}

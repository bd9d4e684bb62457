package dev.todo.domain.user;

import dev.todo.domain.DomainException;

/** Sign-up with an email that an account already uses. */
public final class EmailAlreadyRegisteredException extends DomainException {
    public EmailAlreadyRegisteredException() {
        super("an account with this email already exists");
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.DomainException;
import dev.todo.domain.user.UserId;

/** No built-in account has this id (for example, the account of a token's subject was deleted). */
public final class UserNotFoundException extends DomainException {
    private final UserId userId;

    public UserNotFoundException(UserId userId) {
        super("user " + userId + " not found");
        this.userId = userId;
    }

    public UserId userId() {
        return userId;
    }
}

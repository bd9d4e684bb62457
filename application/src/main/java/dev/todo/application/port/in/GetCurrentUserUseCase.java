package dev.todo.application.port.in;

import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;

/** Returns the account of the signed-in user. */
public interface GetCurrentUserUseCase {
    User currentUser(UserId userId);
}

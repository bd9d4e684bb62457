package dev.todo.application.port.in;

import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/** Returns the account of the signed-in user. */
public interface GetCurrentUserUseCase {
    /**
     * Returns the built-in account with this id; empty for a user known only by a token.
     *
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    Optional<User> currentUser(UserId userId);
}

package dev.todo.application.service;

import dev.todo.application.port.in.GetCurrentUserUseCase;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/** Looks up the signed-in user's built-in account. */
public final class CurrentUserService implements GetCurrentUserUseCase {
    private final UserRepository users;

    public CurrentUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<User> currentUser(UserId userId) {
        return users.findById(userId);
    }
}

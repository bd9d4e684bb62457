package dev.todo.application.port.out;

import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.User;
import java.util.Objects;

/** An account together with its password hash. */
public record UserCredentials(User user, PasswordHash passwordHash) {
    public UserCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}

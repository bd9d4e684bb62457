package dev.todo.application.port.in;

import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.User;
import java.util.Objects;

/** A signed-in user and the token that proves it. */
public record SignedIn(User user, AccessToken token) {
    public SignedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.User;
import java.util.Objects;

/** A signed-in user, the short-lived token that proves it and the refresh token that renews the session. */
public record SignedIn(User user, AccessToken token, RefreshToken refreshToken) {
    public SignedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }
}

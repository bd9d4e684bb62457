package dev.todo.application.service;

import dev.todo.application.port.out.TokenIssuer;
import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import java.time.Instant;

/** Issues readable stand-in tokens naming the user and the session. */
final class SequentialTokenIssuer implements TokenIssuer {
    @Override
    public AccessToken issue(User user, SessionId session) {
        return new AccessToken("token-for-" + user.id() + "-in-" + session, Instant.parse("2030-01-01T00:00:00Z"));
    }
}

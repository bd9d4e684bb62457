package dev.todo.application.port.out;

import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;

/** Issues the bearer tokens this service accepts for its own accounts, each bound to a session. */
public interface TokenIssuer {
    AccessToken issue(User user, SessionId session);
}

package dev.todo.application.port.out;

import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.User;

/** Issues the bearer tokens this service accepts for its own accounts. */
public interface TokenIssuer {
    AccessToken issue(User user);
}

package dev.todo.adapter.http.rest;

import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.time.Instant;

/** A user as the REST contract shows it; a user known only by a token without profile claims has only an id. */
record UserResponse(String id, String email, String name, Instant createdAt) {
    static UserResponse from(User user) {
        return new UserResponse(
                user.id().value(), user.email().value(), user.name().value(), user.createdAt());
    }

    static UserResponse idOnly(UserId id) {
        return new UserResponse(id.value(), null, null, null);
    }
}

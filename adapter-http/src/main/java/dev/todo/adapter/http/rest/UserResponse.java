package dev.todo.adapter.http.rest;

import dev.todo.domain.user.User;
import java.time.Instant;

/** A user as the REST contract shows it. */
record UserResponse(String id, String email, String name, Instant createdAt) {
    static UserResponse from(User user) {
        return new UserResponse(
                user.id().value(), user.email().value(), user.name().value(), user.createdAt());
    }
}

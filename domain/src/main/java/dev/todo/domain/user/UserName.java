package dev.todo.domain.user;

import dev.todo.domain.Text;

/** A person's display name: 1..100 characters after trimming, on one line. */
public record UserName(String value) {
    public static final int MAX_LENGTH = 100;

    public UserName {
        value = Text.requireLine("name", value, MAX_LENGTH);
    }

    public static UserName of(String raw) {
        return new UserName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

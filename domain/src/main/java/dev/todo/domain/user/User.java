package dev.todo.domain.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A person who owns tasks. Its email is unique among built-in accounts. */
public final class User {
    private final UserId id;
    private final Email email;
    private final UserName name;
    private final Instant createdAt;

    private User(UserId id, Email email, UserName name, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    /** A new built-in account with a fresh random id. */
    public static User create(Email email, UserName name, Instant now) {
        return new User(UserId.random(), email, name, now);
    }

    /** A user as stored, or as described by a trusted identity provider. */
    public static User rehydrate(UserId id, Email email, UserName name, Instant createdAt) {
        return new User(id, email, name, createdAt);
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public UserName name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that
                && id.equals(that.id)
                && email.equals(that.email)
                && name.equals(that.name)
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[id=" + id + "]";
    }
}

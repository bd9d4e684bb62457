package dev.todo.application.port.out;

import dev.todo.domain.user.Email;
import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/** Where built-in accounts and their password hashes are kept. */
public interface UserRepository {
    /**
     * Stores a new account.
     *
     * @throws dev.todo.domain.user.EmailAlreadyRegisteredException if the email is taken (atomically)
     */
    void add(User user, PasswordHash passwordHash);

    Optional<User> findById(UserId id);

    /** The account with this (normalised) email and its password hash, for sign-in. */
    Optional<UserCredentials> findCredentials(Email email);
}

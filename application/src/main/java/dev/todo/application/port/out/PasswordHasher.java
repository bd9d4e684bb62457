package dev.todo.application.port.out;

import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;

/** A slow, salted password hash (Argon2id in production). Implementations bound their own concurrency. */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    /** True if the password produced the hash; takes about as long as {@link #hash} either way. */
    boolean matches(Password password, PasswordHash hash);
}

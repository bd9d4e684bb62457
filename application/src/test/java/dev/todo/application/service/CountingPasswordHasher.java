package dev.todo.application.service;

import dev.todo.application.port.out.PasswordHasher;
import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast, reversible stand-in for the Argon2 hasher that counts its checks (timing-equality evidence). */
final class CountingPasswordHasher implements PasswordHasher {
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash("plain:" + new StringBuilder(password.value()).reverse());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        checks.incrementAndGet();
        return hash.equals(hash(password));
    }
}

package dev.todo.adapter.http;

import dev.todo.adapter.http.identity.PasswordHashingBusyException;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** Test stand-in for the Argon2id hasher: a fast unsalted digest, fine for tests and nothing else. */
final class TestPasswordHasher implements PasswordHasher {
    private volatile boolean busy;

    /** Makes every hash fail as the real hasher does when all its slots stay taken. */
    void busy(boolean value) {
        this.busy = value;
    }

    @Override
    public PasswordHash hash(Password password) {
        if (busy) {
            throw new PasswordHashingBusyException(Duration.ofSeconds(2));
        }
        return new PasswordHash("test-sha256$" + digest(password.value()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return MessageDigest.isEqual(
                hash(password).value().getBytes(StandardCharsets.UTF_8),
                hash.value().getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

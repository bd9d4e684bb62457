package dev.todo.adapter.http.identity;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id (m=19456 KiB, t=2, p=1, 16-byte random salt) stored as a PHC string. At most {@code permits}
 * hashes run at once, so a flood of sign-ins cannot take every core from task requests; a caller that
 * waits longer than {@code maxWait} for a slot gets {@link PasswordHashingBusyException}.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;
    private static final String PREFIX = "$argon2id$";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    // Built from explicit parameters: password4j's psw4j.properties (and its defaults) are never consulted.
    private final Argon2Function function = Argon2Function.getInstance(
            MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    private final SecureRandom random = new SecureRandom();
    private final Semaphore slots;
    private final Duration maxWait;

    Argon2PasswordHasher(int permits, Duration maxWait) {
        this(new Semaphore(requirePositive(permits), true), maxWait);
    }

    Argon2PasswordHasher(Semaphore slots, Duration maxWait) {
        this.slots = slots;
        this.maxWait = maxWait;
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return new PasswordHash(
                withSlot(() -> function.hash(bytes(password), salt).getResult()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        String stored = hash.value();
        Argon2Function storedFunction = parse(stored);
        if (storedFunction == null) {
            // Burn the same time as a real check so an unreadable hash is not distinguishable by timing.
            hash(password);
            return false;
        }
        return withSlot(() -> storedFunction.check(bytes(password), stored.getBytes(StandardCharsets.UTF_8)));
    }

    private static Argon2Function parse(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return null;
        }
        try {
            Argon2Function parsed = Argon2Function.getInstanceFromHash(stored);
            // Hashes come from our own store, but a corrupted row must not cost gigabytes or minutes.
            boolean sane =
                    parsed.getMemory() <= 262_144 && parsed.getIterations() <= 16 && parsed.getParallelism() <= 4;
            return sane ? parsed : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    // The whole password, every character, as UTF-8: Argon2 has no length cut-off.
    private static byte[] bytes(Password password) {
        return password.value().getBytes(StandardCharsets.UTF_8);
    }

    private <T> T withSlot(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PasswordHashingBusyException(RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusyException(RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static int requirePositive(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one hashing slot is needed");
        }
        return permits;
    }
}

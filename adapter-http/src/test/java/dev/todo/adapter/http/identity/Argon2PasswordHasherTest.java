package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Semaphore slots = new Semaphore(1);
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(slots, Duration.ofMillis(20));

    @Test
    void hashesWithArgon2idAtTheAgreedCostAndChecksThePassword() {
        Password password = Password.of("correct horse battery staple");

        PasswordHash hash = hasher.hash(password);

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(Password.of("correct horse battery stapler"), hash))
                .isFalse();
    }

    @Test
    void saltsEveryHashRandomly() {
        Password password = Password.of("same password twice");

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void usesThePasswordWholeEvenPastTheHundredthCharacter() {
        String common = "p".repeat(99);
        PasswordHash hash = hasher.hash(Password.of(common + "A" + "tail"));

        assertThat(hasher.matches(Password.of(common + "B" + "tail"), hash)).isFalse();
    }

    @Test
    void distinguishesNonAsciiCharacters() {
        PasswordHash hash = hasher.hash(Password.of("pässwörd-ü"));

        assertThat(hasher.matches(Password.of("pässwörd-u"), hash)).isFalse();
    }

    @Test
    void refusesUnreadableStoredHashesWithoutThrowing() {
        Password password = Password.of("any password at all");

        assertThat(hasher.matches(password, new PasswordHash("$2a$10$notargon")))
                .isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=garbage")))
                .isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHQ$aGFzaA")))
                .isFalse();
    }

    @Test
    void failsFastWithRetryAfterWhenEverySlotIsBusy() throws InterruptedException {
        slots.acquire();
        try {
            assertThatThrownBy(() -> hasher.hash(Password.of("waits for a slot")))
                    .isInstanceOfSatisfying(
                            PasswordHashingBusyException.class,
                            busy -> assertThat(busy.retryAfter()).isPositive());
        } finally {
            slots.release();
        }
    }

    @Test
    void givesItsSlotBackAfterEachHash() {
        hasher.hash(Password.of("releases the slot"));

        assertThat(slots.availablePermits()).isEqualTo(1);
    }
}

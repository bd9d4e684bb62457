package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SigningKeyRepository} must have: the first key saved is the one kept. */
public abstract class SigningKeyRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private SigningKeyRepository repository;

    /** A repository over an EMPTY store. */
    protected abstract SigningKeyRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void is_empty_at_first() {
        assertThat(repository.find()).isEmpty();
    }

    @Test
    void keeps_the_first_key_saved() {
        var first = new StoredSigningKey(
                "kid-1", "ES256", "-----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----\n", T0);
        var second = new StoredSigningKey("kid-2", "ES256", "other", T0.plusSeconds(1));

        assertThat(repository.saveIfAbsent(first)).isEqualTo(first);
        assertThat(repository.saveIfAbsent(second)).isEqualTo(first);
        assertThat(repository.find()).contains(first);
    }
}

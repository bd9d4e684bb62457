package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.memory.InMemorySigningKeyRepository;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Secrets derived from the signing key are shared by instances that share the key, and only by them. */
class DerivedSecretTest {
    private final Clock clock = Clock.systemUTC();
    private final InMemorySigningKeyRepository sharedKeys = new InMemorySigningKeyRepository();
    private final AuthConfig config = AuthConfig.of("http://todo.test", "http://todo.test");

    @Test
    void instances_sharing_the_stored_key_derive_the_same_secret_per_purpose() {
        var first = Authentication.create(config, sharedKeys, clock);
        var second = Authentication.create(config, sharedKeys, clock);
        var stranger = Authentication.create(config, new InMemorySigningKeyRepository(), clock);

        assertThat(first.derivedSecret("page-cursor"))
                .hasSize(32)
                .isEqualTo(second.derivedSecret("page-cursor"))
                .isNotEqualTo(first.derivedSecret("something-else"))
                .isNotEqualTo(stranger.derivedSecret("page-cursor"));
    }
}

package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthConfigTest {
    private static final String BASE = "https://todo.example.com";

    private static AuthConfig config(Duration ttl, Optional<String> secret, Optional<ExternalIssuerConfig> external) {
        return new AuthConfig(BASE, BASE, ttl, Optional.empty(), secret, external);
    }

    @Test
    void theBuiltInIssuerAloneByDefault() {
        AuthConfig config = AuthConfig.of(BASE, BASE);

        assertThat(config.issuer()).isEqualTo(BASE);
        assertThat(config.audience()).isEqualTo(BASE);
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.external()).isEmpty();
    }

    @Test
    void refusesAShortSharedSecretNamingTheVariableButNotTheValue() {
        assertThatThrownBy(() -> config(Duration.ofHours(1), Optional.of("x".repeat(31)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTH_JWT_SECRET")
                .hasMessageNotContaining("x".repeat(31));
        assertThat(config(Duration.ofHours(1), Optional.of("x".repeat(32)), Optional.empty())
                        .jwtSecret())
                .isPresent();
    }

    @Test
    void refusesTokenLifetimesBeyondADay() {
        assertThatThrownBy(() -> config(Duration.ofHours(24).plusSeconds(1), Optional.empty(), Optional.empty()))
                .hasMessageContaining("AUTH_TOKEN_TTL");
        assertThat(config(Duration.ofHours(24), Optional.empty(), Optional.empty())
                        .tokenTtl())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesAJwksUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new ExternalIssuerConfig(URI.create("file:///etc/passwd"), "x", "x"))
                .hasMessageContaining("AUTH_EXTERNAL_JWKS_URL");
    }

    @Test
    void refusesAnExternalIssuerThatIsTheServersOwn() {
        var external = new ExternalIssuerConfig(URI.create("https://a.example.com/jwks"), BASE, BASE);
        assertThatThrownBy(() -> config(Duration.ofHours(1), Optional.empty(), Optional.of(external)))
                .hasMessageContaining("AUTH_EXTERNAL_ISSUER");
    }

    @Test
    void neverPrintsTheSigningKeyOrTheSecret() {
        AuthConfig config = new AuthConfig(
                BASE,
                BASE,
                Duration.ofHours(1),
                Optional.of("PRIVATE-KEY-TEXT"),
                Optional.of("s".repeat(40)),
                Optional.empty());

        assertThat(config.toString()).doesNotContain("PRIVATE-KEY-TEXT").doesNotContain("s".repeat(40));
    }
}

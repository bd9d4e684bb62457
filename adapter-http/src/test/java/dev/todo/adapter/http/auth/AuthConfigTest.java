package dev.todo.adapter.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthConfigTest {
    private static final String BASE = "https://todo.example.com";

    @Test
    void defaultsIssuerAndAudienceToTheBaseUrl() {
        AuthConfig config = AuthConfig.fromEnvironment(Map.of(), BASE);

        assertThat(config.issuer()).isEqualTo(BASE);
        assertThat(config.audience()).isEqualTo(BASE);
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(config.external()).isEmpty();
    }

    @Test
    void refusesAShortSharedSecretNamingTheVariable() {
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(Map.of("AUTH_JWT_SECRET", "x".repeat(31)), BASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTH_JWT_SECRET")
                .hasMessageNotContaining("x".repeat(31));
        assertThat(AuthConfig.fromEnvironment(Map.of("AUTH_JWT_SECRET", "x".repeat(32)), BASE)
                        .jwtSecret())
                .isPresent();
    }

    @Test
    void refusesTokenLifetimesBeyondADay() {
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(Map.of("AUTH_TOKEN_TTL", "PT24H1S"), BASE))
                .hasMessageContaining("AUTH_TOKEN_TTL");
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(Map.of("AUTH_TOKEN_TTL", "one hour"), BASE))
                .hasMessageContaining("AUTH_TOKEN_TTL");
        assertThat(AuthConfig.fromEnvironment(Map.of("AUTH_TOKEN_TTL", "PT24H"), BASE)
                        .tokenTtl())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void needsTheExternalIssuerWithItsJwksUrl() {
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(
                        Map.of("AUTH_EXTERNAL_JWKS_URL", "https://auth.example.com/api/auth/jwks"), BASE))
                .hasMessageContaining("AUTH_EXTERNAL_ISSUER");
        assertThatThrownBy(() ->
                        AuthConfig.fromEnvironment(Map.of("AUTH_EXTERNAL_ISSUER", "https://auth.example.com"), BASE))
                .hasMessageContaining("AUTH_EXTERNAL_JWKS_URL");
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(
                        Map.of("AUTH_EXTERNAL_JWKS_URL", "file:///etc/passwd", "AUTH_EXTERNAL_ISSUER", "x"), BASE))
                .hasMessageContaining("AUTH_EXTERNAL_JWKS_URL");
    }

    @Test
    void defaultsTheExternalAudienceToItsIssuerAsBetterAuthDoes() {
        AuthConfig config = AuthConfig.fromEnvironment(
                Map.of(
                        "AUTH_EXTERNAL_JWKS_URL", "https://auth.example.com/api/auth/jwks",
                        "AUTH_EXTERNAL_ISSUER", "https://auth.example.com"),
                BASE);

        assertThat(config.external())
                .contains(new ExternalIssuerConfig(
                        URI.create("https://auth.example.com/api/auth/jwks"),
                        "https://auth.example.com",
                        "https://auth.example.com"));
    }

    @Test
    void refusesAnExternalIssuerThatIsTheServersOwn() {
        assertThatThrownBy(() -> AuthConfig.fromEnvironment(
                        Map.of("AUTH_EXTERNAL_JWKS_URL", "https://a.example.com/jwks", "AUTH_EXTERNAL_ISSUER", BASE),
                        BASE))
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

package dev.todo.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.adapter.http.guard.RateLimit;
import dev.todo.adapter.http.guard.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void defaults_run_an_embedded_database_on_port_8080() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDirectory()).isEqualTo(Path.of("./data"));
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.sessionTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(config.trashRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(config.housekeepingInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(config.managementPort()).isEqualTo(9090);
        assertThat(config.dbPoolSize()).isEqualTo(10);
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.externalIssuer()).isEmpty();
    }

    @Test
    void reads_every_setting() {
        AppConfig config = AppConfig.fromEnvironment(Map.ofEntries(
                Map.entry("PORT", "0"),
                Map.entry("DATABASE_URL", "postgresql://u:p@db.example.com/todo?sslmode=require"),
                Map.entry("AUTH_TOKEN_TTL", "PT15M"),
                Map.entry("AUTH_JWT_SECRET", "x".repeat(32)),
                Map.entry("AUTH_EXTERNAL_JWKS_URL", "https://auth.example.com/api/auth/jwks"),
                Map.entry("AUTH_EXTERNAL_ISSUER", "https://auth.example.com"),
                Map.entry("CORS_ALLOWED_ORIGINS", "https://app.example.com, http://localhost:3000"),
                Map.entry("TRUSTED_PROXIES", "10.0.0.1, ::1"),
                Map.entry("LOG_FORMAT", "json")));

        assertThat(config.port()).isZero();
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.externalIssuer().orElseThrow().audience()).isEqualTo("https://auth.example.com");
        assertThat(config.corsAllowedOrigins()).containsExactly("https://app.example.com", "http://localhost:3000");
        assertThat(config.trustedProxies()).containsExactly("10.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void rate_limits_and_the_per_address_cap_are_settings_with_generous_defaults() {
        AppConfig defaults = AppConfig.fromEnvironment(Map.of());
        AppConfig custom = AppConfig.fromEnvironment(Map.of(
                "RATE_LIMIT_API_PER_USER", "60/PT1M",
                "RATE_LIMIT_SIGN_IN_PER_ACCOUNT", "5/PT15M",
                "MAX_REQUESTS_PER_ADDRESS", "8"));

        assertThat(defaults.rateLimits()).isEqualTo(RateLimits.DEFAULTS);
        assertThat(defaults.maxRequestsPerAddress()).isEqualTo(32);
        assertThat(custom.rateLimits().apiPerUser()).isEqualTo(new RateLimit(60, Duration.ofMinutes(1), 100_000));
        assertThat(custom.rateLimits().signInPerAccount().window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(custom.maxRequestsPerAddress()).isEqualTo(8);
        assertThat(Setting.help()).contains("RATE_LIMIT_API_PER_USER", "1200/PT1M", "MAX_REQUESTS_PER_ADDRESS");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(
                        "RATE_LIMIT_API_PER_ADDRESS", "lots",
                        "RATE_LIMIT_SIGN_IN_PER_ADDRESS", "0/PT1M",
                        // more than one request a nanosecond: Bucket4j would refuse every request later
                        "RATE_LIMIT_API_PER_USER", "2000000000/PT1S")))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .allMatch(p -> p.contains("(example: "))
                                .anyMatch(p -> p.startsWith("RATE_LIMIT_API_PER_USER") && p.contains("nanosecond")));
    }

    @Test
    void reports_every_problem_with_its_variable_and_an_example() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(
                        "PORT", "eighty",
                        "AUTH_TOKEN_TTL", "P7D",
                        "AUTH_JWT_SECRET", "too-short-secret",
                        "AUTH_EXTERNAL_JWKS_URL", "ftp://x",
                        "CORS_ALLOWED_ORIGINS", "https://app.example.com/path",
                        "LOG_FORMAT", "xml",
                        "TRUSTED_PROXIES", "10.0.0.0/8")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).hasSize(8);
                    assertThat(e.problems()).allMatch(p -> p.contains("(example: "));
                    assertThat(e.getMessage())
                            .contains(
                                    "PORT:",
                                    "AUTH_TOKEN_TTL:",
                                    "AUTH_JWT_SECRET:",
                                    "AUTH_EXTERNAL_JWKS_URL:",
                                    "AUTH_EXTERNAL_ISSUER:",
                                    "CORS_ALLOWED_ORIGINS:",
                                    "LOG_FORMAT:")
                            .doesNotContain("too-short-secret");
                });
    }

    @Test
    void secrets_and_database_credentials_never_appear_in_its_text() {
        AppConfig config = AppConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "postgresql://user:hunter2@db/todo",
                "AUTH_JWT_SECRET", "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t",
                "AUTH_SIGNING_KEY", "-----BEGIN PRIVATE KEY-----abc"));

        assertThat(config.toString()).doesNotContain("hunter2", "s3cr3t", "PRIVATE KEY");
    }

    @Test
    void help_lists_every_variable_with_its_default() {
        String help = Setting.help();
        Setting.ALL.forEach(s -> assertThat(help).contains(s.name()).contains(s.defaultValue()));
    }

    @Test
    void host_and_connect_timeout_are_read_and_checked() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("HOST", "127.0.0.1", "DB_CONNECT_TIMEOUT", "PT5S"));
        assertThat(config.host()).contains("127.0.0.1");
        assertThat(config.dbConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(AppConfig.fromEnvironment(Map.of()).dbConnectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AppConfig.fromEnvironment(Map.of()).host()).isEmpty();

        assertThatThrownBy(() -> AppConfig.fromEnvironment(
                        Map.of("HOST", "db.example.com", "DB_CONNECT_TIMEOUT", "30", "MANAGEMENT_PORT", "8080")))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .anySatisfy(p -> assertThat(p).startsWith("HOST: must be an IP address or localhost"))
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("DB_CONNECT_TIMEOUT: must be an ISO-8601 duration"))
                                .anySatisfy(p -> assertThat(p).startsWith("MANAGEMENT_PORT: must differ from PORT")));
    }

    @Test
    void a_session_must_outlive_its_access_tokens_and_last_at_most_a_year() {
        assertThat(AppConfig.fromEnvironment(Map.of("AUTH_SESSION_TTL", "PT8H")).sessionTtl())
                .isEqualTo(Duration.ofHours(8));
        for (var environment : List.of(
                Map.of("AUTH_SESSION_TTL", "PT10M"),
                Map.of("AUTH_SESSION_TTL", "PT2H", "AUTH_TOKEN_TTL", "PT2H"),
                Map.of("AUTH_SESSION_TTL", "P400D"),
                Map.of("AUTH_SESSION_TTL", "30 days"))) {
            assertThatThrownBy(() -> AppConfig.fromEnvironment(environment))
                    .as(environment.toString())
                    .isInstanceOfSatisfying(
                            ConfigurationException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .satisfies(p -> assertThat(p)
                                            .startsWith("AUTH_SESSION_TTL: ")
                                            .endsWith("(example: AUTH_SESSION_TTL=P30D)")));
        }
    }

    @Test
    void trash_retention_and_the_housekeeping_interval_are_durations_within_bounds() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TRASH_RETENTION", "P7D", "HOUSEKEEPING_INTERVAL", "PT5M"));
        assertThat(config.trashRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.housekeepingInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() ->
                        AppConfig.fromEnvironment(Map.of("TRASH_RETENTION", "forever", "HOUSEKEEPING_INTERVAL", "P2D")))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(2)
                                .anySatisfy(
                                        p -> assertThat(p).startsWith("TRASH_RETENTION: must be an ISO-8601 duration"))
                                .anySatisfy(p -> assertThat(p)
                                        .startsWith("HOUSEKEEPING_INTERVAL: must lie between PT1S and PT24H")));
    }

    @Test
    void cross_setting_rules_are_checked_with_the_rest() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(
                        "PORT", "9000",
                        "AUTH_EXTERNAL_JWKS_URL", "http://localhost:9000/api/auth/jwks",
                        "AUTH_EXTERNAL_ISSUER", "http://localhost:9000",
                        "AUTH_TOKEN_TTL", "PT0.5S",
                        "DATABASE_URL", "foo")))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .anySatisfy(
                                        p -> assertThat(p)
                                                .startsWith(
                                                        "AUTH_EXTERNAL_ISSUER: must differ from the server's own issuer http://localhost:9000"))
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("AUTH_TOKEN_TTL: must lie between PT1S and PT24H"))
                                .anySatisfy(p -> assertThat(p).startsWith("DATABASE_URL: it must start with")));
    }
}

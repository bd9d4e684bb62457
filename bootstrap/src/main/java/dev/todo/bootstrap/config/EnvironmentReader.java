package dev.todo.bootstrap.config;

import dev.todo.adapter.http.guard.RateLimit;
import dev.todo.adapter.http.guard.RateLimits;
import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.InvalidDatabaseUrlException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Parses the environment into an {@link AppConfig}, collecting every problem before failing. */
final class EnvironmentReader {
    static final Duration MIN_TOKEN_TTL = Duration.ofSeconds(1);
    static final Duration MAX_TOKEN_TTL = Duration.ofHours(24);
    static final Duration MAX_SESSION_TTL = Duration.ofDays(365);
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofHours(1);

    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();

    EnvironmentReader(Map<String, String> environment) {
        this.environment = environment;
    }

    AppConfig read() {
        Optional<String> host = text(Setting.HOST).map(this::bindAddress);
        int port = integer(Setting.PORT, 0, 65_535, "8080");
        Optional<DatabaseUrl> databaseUrl = databaseUrl();
        Duration connectTimeout =
                duration(Setting.DB_CONNECT_TIMEOUT, Duration.ZERO, MAX_CONNECT_TIMEOUT, "PT30S", "PT60S");
        Path dataDirectory = Path.of(text(Setting.TODO_DATA_DIR).orElse("./data"));
        Optional<String> issuer = text(Setting.AUTH_ISSUER);
        Optional<String> audience = text(Setting.AUTH_AUDIENCE);
        Duration ttl = duration(Setting.AUTH_TOKEN_TTL, MIN_TOKEN_TTL, MAX_TOKEN_TTL, "PT15M", "PT15M");
        Duration sessionTtl = duration(Setting.AUTH_SESSION_TTL, MIN_TOKEN_TTL, MAX_SESSION_TTL, "P30D", "P30D");
        Optional<String> signingKey = text(Setting.AUTH_SIGNING_KEY);
        Optional<String> secret = sharedSecret();
        Optional<ExternalIssuer> external = externalIssuer();
        List<String> origins = list(Setting.CORS_ALLOWED_ORIGINS, this::origin);
        List<String> proxies = list(Setting.TRUSTED_PROXIES, this::address);
        int poolSize = integer(Setting.DB_POOL_SIZE, 1, 200, "10");
        Duration trashRetention =
                duration(Setting.TRASH_RETENTION, MIN_TOKEN_TTL, Duration.ofDays(3650), "P30D", "P30D");
        Duration housekeepingInterval =
                duration(Setting.HOUSEKEEPING_INTERVAL, MIN_TOKEN_TTL, Duration.ofDays(1), "PT1H", "PT1H");
        Duration changesRetention =
                duration(Setting.CHANGES_RETENTION, Duration.ofHours(1), Duration.ofDays(3650), "P30D", "P30D");
        Duration reminderPollInterval =
                duration(Setting.REMINDER_POLL_INTERVAL, Duration.ofMillis(100), Duration.ofSeconds(4), "PT1S", "PT1S");
        Optional<DatabaseUrl> directUrl = directUrl(databaseUrl);
        int streamsPerUser = integer(Setting.EVENT_STREAMS_PER_USER, 1, 1_000, "10");
        int streamsPerInstance = integer(Setting.EVENT_STREAMS_PER_INSTANCE, 1, 100_000, "1000");
        int managementPort = integer(Setting.MANAGEMENT_PORT, 0, 65_535, "9090");
        LogFormat logFormat = logFormat();
        RateLimits rateLimits = new RateLimits(
                rateLimit(Setting.RATE_LIMIT_SIGN_IN_PER_ACCOUNT),
                rateLimit(Setting.RATE_LIMIT_SIGN_IN_PER_ADDRESS),
                rateLimit(Setting.RATE_LIMIT_API_PER_USER),
                rateLimit(Setting.RATE_LIMIT_API_PER_ADDRESS));
        int maxRequestsPerAddress = integer(Setting.MAX_REQUESTS_PER_ADDRESS, 1, 100_000, "32");
        var config = new AppConfig(
                host,
                port,
                databaseUrl,
                connectTimeout,
                dataDirectory,
                issuer,
                audience,
                ttl,
                sessionTtl,
                signingKey,
                secret,
                external,
                origins,
                proxies,
                poolSize,
                trashRetention,
                housekeepingInterval,
                changesRetention,
                reminderPollInterval,
                directUrl,
                streamsPerUser,
                streamsPerInstance,
                managementPort,
                logFormat,
                rateLimits,
                maxRequestsPerAddress);
        if (external.filter(e -> e.issuer().equals(config.ownIssuer())).isPresent()) {
            problem(
                    Setting.AUTH_EXTERNAL_ISSUER,
                    "must differ from the server's own issuer " + config.ownIssuer()
                            + " (AUTH_ISSUER): the issuer decides which keys verify a token",
                    "https://auth.example.com");
        }
        if (sessionTtl.compareTo(ttl) <= 0) {
            problem(
                    Setting.AUTH_SESSION_TTL,
                    "must be longer than AUTH_TOKEN_TTL (" + ttl + "), was " + sessionTtl
                            + ": a session outlives its access tokens",
                    "P30D");
        }
        if (port != 0 && port == managementPort) {
            problem(Setting.MANAGEMENT_PORT, "must differ from PORT (" + port + ")", "9090");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return config;
    }

    private Optional<String> text(Setting setting) {
        return Optional.ofNullable(environment.get(setting.name()))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private void problem(Setting setting, String what, String example) {
        problems.add(setting.name() + ": " + what + " (example: " + setting.name() + "=" + example + ")");
    }

    private int integer(Setting setting, int min, int max, String example) {
        String raw = text(setting).orElse(setting.defaultValue());
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(setting, "must be a whole number from " + min + " to " + max + ", was '" + raw + "'", example);
        return min;
    }

    private RateLimit rateLimit(Setting setting) {
        String raw = text(setting).orElse(setting.defaultValue());
        try {
            return RateLimit.parse(raw);
        } catch (IllegalArgumentException e) {
            problem(setting, e.getMessage(), setting.defaultValue());
            return RateLimit.parse(setting.defaultValue());
        }
    }

    private Duration duration(Setting setting, Duration min, Duration max, String fallback, String example) {
        String raw = text(setting).orElse(fallback);
        try {
            Duration value = Duration.parse(raw);
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
            problem(setting, "must lie between " + min + " and " + max + ", was " + raw, example);
        } catch (DateTimeParseException e) {
            problem(setting, "must be an ISO-8601 duration such as " + example + ", was '" + raw + "'", example);
        }
        return max;
    }

    private Optional<DatabaseUrl> databaseUrl() {
        Optional<String> raw = text(Setting.DATABASE_URL);
        try {
            return raw.map(DatabaseUrl::parse);
        } catch (InvalidDatabaseUrlException e) {
            problem(Setting.DATABASE_URL, e.problem(), "postgresql://todo:secret@db.example.com:5432/todo");
            return Optional.empty();
        }
    }

    /** The direct URL for live events: only beside an external DATABASE_URL (the embedded database is direct). */
    private Optional<DatabaseUrl> directUrl(Optional<DatabaseUrl> databaseUrl) {
        Optional<String> raw = text(Setting.DATABASE_DIRECT_URL);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (text(Setting.DATABASE_URL).isEmpty()) {
            problem(
                    Setting.DATABASE_DIRECT_URL,
                    "needs DATABASE_URL: the embedded database is reached directly",
                    "postgresql://todo:secret@db.example.com:5432/todo");
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(raw.get()));
        } catch (InvalidDatabaseUrlException e) {
            problem(Setting.DATABASE_DIRECT_URL, e.problem(), "postgresql://todo:secret@db.example.com:5432/todo");
            return Optional.empty();
        }
    }

    /** An IP address of this machine's interfaces, or {@code localhost}; never a name to look up. */
    private String bindAddress(String raw) {
        if (raw.equalsIgnoreCase("localhost") || isIpLiteral(raw)) {
            return raw;
        }
        problem(Setting.HOST, "must be an IP address or localhost, was '" + raw + "'", "127.0.0.1");
        return null;
    }

    private static boolean isIpLiteral(String raw) {
        return raw.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || raw.matches("[0-9a-fA-F:.]+") && raw.contains(":");
    }

    private Optional<String> sharedSecret() {
        Optional<String> secret = text(Setting.AUTH_JWT_SECRET);
        if (secret.isPresent() && secret.get().getBytes(StandardCharsets.UTF_8).length < 32) {
            problem(
                    Setting.AUTH_JWT_SECRET,
                    "must be at least 32 bytes (the value is not shown)",
                    "$(openssl rand -base64 48)");
        }
        return secret;
    }

    private Optional<ExternalIssuer> externalIssuer() {
        Optional<String> jwks = text(Setting.AUTH_EXTERNAL_JWKS_URL);
        Optional<String> issuer = text(Setting.AUTH_EXTERNAL_ISSUER);
        if (jwks.isEmpty()) {
            if (issuer.isPresent() || text(Setting.AUTH_EXTERNAL_AUDIENCE).isPresent()) {
                problem(
                        Setting.AUTH_EXTERNAL_JWKS_URL,
                        "is required when AUTH_EXTERNAL_ISSUER or _AUDIENCE is set",
                        "https://auth.example.com/api/auth/jwks");
            }
            return Optional.empty();
        }
        URI url = httpUrl(Setting.AUTH_EXTERNAL_JWKS_URL, jwks.get(), "https://auth.example.com/api/auth/jwks");
        if (issuer.isEmpty()) {
            problem(
                    Setting.AUTH_EXTERNAL_ISSUER,
                    "is required with AUTH_EXTERNAL_JWKS_URL",
                    "https://auth.example.com");
            return Optional.empty();
        }
        String audience = text(Setting.AUTH_EXTERNAL_AUDIENCE).orElse(issuer.get());
        return url == null ? Optional.empty() : Optional.of(new ExternalIssuer(url, issuer.get(), audience));
    }

    private URI httpUrl(Setting setting, String raw, String example) {
        try {
            URI uri = URI.create(raw);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(setting, "must be an http(s) URL, was '" + raw + "'", example);
        return null;
    }

    private <T> List<T> list(Setting setting, Function<String, T> parser) {
        return text(setting).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(parser)
                .filter(v -> v != null)
                .toList();
    }

    private String origin(String raw) {
        URI uri = httpUrl(Setting.CORS_ALLOWED_ORIGINS, raw, "https://app.example.com,http://localhost:3000");
        if (uri != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getQuery() == null) {
            return raw.toLowerCase(Locale.ROOT);
        }
        if (uri != null) {
            problem(
                    Setting.CORS_ALLOWED_ORIGINS,
                    "an origin has no path, was '" + raw + "'",
                    "https://app.example.com");
        }
        return null;
    }

    private String address(String raw) {
        try {
            if (isIpLiteral(raw)) {
                return InetAddress.getByName(raw).getHostAddress();
            }
        } catch (java.net.UnknownHostException e) {
            // reported below
        }
        problem(
                Setting.TRUSTED_PROXIES,
                "must be IP addresses (no names, no ranges), was '" + raw + "'",
                "10.0.0.1,10.0.0.2");
        return null;
    }

    private LogFormat logFormat() {
        String raw = text(Setting.LOG_FORMAT).orElse("text");
        try {
            return LogFormat.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(Setting.LOG_FORMAT, "must be text or json, was '" + raw + "'", "json");
            return LogFormat.TEXT;
        }
    }
}

package dev.todo.bootstrap.config;

import java.util.List;

/** One environment variable the service reads: its name, default, meaning, and whether it is secret. */
public record Setting(String name, String defaultValue, String meaning, boolean secret) {
    public static final Setting HOST =
            new Setting("HOST", "(all interfaces)", "address the public port binds to, e.g. 127.0.0.1 or ::1", false);
    public static final Setting PORT = new Setting("PORT", "8080", "public HTTP port (0 = any free port)", false);
    public static final Setting DATABASE_URL = new Setting(
            "DATABASE_URL",
            "(embedded PostgreSQL)",
            "postgresql://user:pass@host:port/db?sslmode=require or a jdbc:postgresql: URL",
            true);
    public static final Setting DATABASE_DIRECT_URL = new Setting(
            "DATABASE_DIRECT_URL",
            "(DATABASE_URL)",
            "a direct (session) connection for live events when DATABASE_URL goes through a transaction pooler"
                    + " such as PgBouncer; same forms as DATABASE_URL",
            true);
    public static final Setting DB_CONNECT_TIMEOUT = new Setting(
            "DB_CONNECT_TIMEOUT",
            "PT30S",
            "how long start-up retries an unreachable database before giving up, ISO-8601",
            false);
    public static final Setting TODO_DATA_DIR = new Setting(
            "TODO_DATA_DIR",
            "./data",
            "where the embedded PostgreSQL keeps its data: a new or empty folder, or one it made before",
            false);
    public static final Setting AUTH_ISSUER =
            new Setting("AUTH_ISSUER", "http://localhost:<PORT>", "iss of the server's own tokens", false);
    public static final Setting AUTH_AUDIENCE =
            new Setting("AUTH_AUDIENCE", "(AUTH_ISSUER)", "aud of the server's own tokens", false);
    public static final Setting AUTH_TOKEN_TTL = new Setting(
            "AUTH_TOKEN_TTL", "PT15M", "lifetime of the server's own access tokens, ISO-8601, PT1S to PT24H", false);
    public static final Setting AUTH_SESSION_TTL = new Setting(
            "AUTH_SESSION_TTL",
            "P30D",
            "a built-in session ends after this long without a refresh, ISO-8601, longer than AUTH_TOKEN_TTL, at most P365D",
            false);
    public static final Setting TRASH_RETENTION = new Setting(
            "TRASH_RETENTION",
            "P30D",
            "how long a deleted task can be restored before it is purged, ISO-8601, PT1S to P3650D",
            false);
    public static final Setting HOUSEKEEPING_INTERVAL = new Setting(
            "HOUSEKEEPING_INTERVAL",
            "PT1H",
            "how often one instance purges the expired trash, ISO-8601, PT1S to P1D",
            false);
    public static final Setting CHANGES_RETENTION = new Setting(
            "CHANGES_RETENTION",
            "P30D",
            "how long change-log entries are kept for delta sync and resumed event streams, ISO-8601, PT1H to P3650D",
            false);
    public static final Setting REMINDER_POLL_INTERVAL = new Setting(
            "REMINDER_POLL_INTERVAL",
            "PT1S",
            "how often each instance looks for reminders that came due, ISO-8601, PT0.1S to PT4S",
            false);
    public static final Setting EVENT_STREAMS_PER_USER = new Setting(
            "EVENT_STREAMS_PER_USER", "10", "live event streams one user may hold on one instance, 1 to 1000", false);
    public static final Setting EVENT_STREAMS_PER_INSTANCE = new Setting(
            "EVENT_STREAMS_PER_INSTANCE", "1000", "live event streams one instance holds at most, 1 to 100000", false);
    public static final Setting AUTH_SIGNING_KEY = new Setting(
            "AUTH_SIGNING_KEY",
            "(generated once, stored in the database)",
            "private signing key, PKCS#8 PEM or JWK",
            true);
    public static final Setting AUTH_JWT_SECRET = new Setting(
            "AUTH_JWT_SECRET", "(off)", "HS256 shared secret for tokens from a trusted backend, >= 32 bytes", true);
    public static final Setting AUTH_EXTERNAL_JWKS_URL = new Setting(
            "AUTH_EXTERNAL_JWKS_URL",
            "(off)",
            "JWKS of an external issuer, e.g. Better Auth <base>/api/auth/jwks",
            false);
    public static final Setting AUTH_EXTERNAL_ISSUER = new Setting(
            "AUTH_EXTERNAL_ISSUER", "(required with the JWKS URL)", "iss of external tokens, e.g. <base>", false);
    public static final Setting AUTH_EXTERNAL_AUDIENCE =
            new Setting("AUTH_EXTERNAL_AUDIENCE", "(AUTH_EXTERNAL_ISSUER)", "aud of external tokens", false);
    public static final Setting CORS_ALLOWED_ORIGINS = new Setting(
            "CORS_ALLOWED_ORIGINS", "(none)", "comma-separated origins allowed to call the API from a browser", false);
    public static final Setting TRUSTED_PROXIES = new Setting(
            "TRUSTED_PROXIES", "(none)", "comma-separated proxy IP addresses whose X-Forwarded-For is believed", false);
    public static final Setting DB_POOL_SIZE =
            new Setting("DB_POOL_SIZE", "10", "database connection pool size", false);
    public static final Setting MANAGEMENT_PORT = new Setting(
            "MANAGEMENT_PORT", "9090", "health and Prometheus metrics port, bound to 127.0.0.1 (0 = any)", false);
    public static final Setting LOG_FORMAT = new Setting("LOG_FORMAT", "text", "text or json", false);
    public static final Setting RATE_LIMIT_API_PER_USER = new Setting(
            "RATE_LIMIT_API_PER_USER",
            "1200/PT1M",
            "API requests per signed-in user: <count>/<ISO-8601 window>",
            false);
    public static final Setting RATE_LIMIT_API_PER_ADDRESS =
            new Setting("RATE_LIMIT_API_PER_ADDRESS", "3000/PT1M", "API requests per client address", false);
    public static final Setting RATE_LIMIT_SIGN_IN_PER_ACCOUNT = new Setting(
            "RATE_LIMIT_SIGN_IN_PER_ACCOUNT", "10/PT5M", "sign-in/sign-up attempts per email and address", false);
    public static final Setting RATE_LIMIT_SIGN_IN_PER_ADDRESS = new Setting(
            "RATE_LIMIT_SIGN_IN_PER_ADDRESS", "30/PT1M", "sign-in/sign-up attempts per client address", false);
    public static final Setting MAX_REQUESTS_PER_ADDRESS = new Setting(
            "MAX_REQUESTS_PER_ADDRESS", "32", "requests in flight at once per client address (more: 429)", false);

    public static final List<Setting> ALL = List.of(
            HOST,
            PORT,
            DATABASE_URL,
            DB_CONNECT_TIMEOUT,
            TODO_DATA_DIR,
            AUTH_ISSUER,
            AUTH_AUDIENCE,
            AUTH_TOKEN_TTL,
            AUTH_SESSION_TTL,
            AUTH_SIGNING_KEY,
            AUTH_JWT_SECRET,
            AUTH_EXTERNAL_JWKS_URL,
            AUTH_EXTERNAL_ISSUER,
            AUTH_EXTERNAL_AUDIENCE,
            CORS_ALLOWED_ORIGINS,
            TRUSTED_PROXIES,
            DB_POOL_SIZE,
            TRASH_RETENTION,
            HOUSEKEEPING_INTERVAL,
            CHANGES_RETENTION,
            REMINDER_POLL_INTERVAL,
            DATABASE_DIRECT_URL,
            EVENT_STREAMS_PER_USER,
            EVENT_STREAMS_PER_INSTANCE,
            MANAGEMENT_PORT,
            LOG_FORMAT,
            RATE_LIMIT_API_PER_USER,
            RATE_LIMIT_API_PER_ADDRESS,
            RATE_LIMIT_SIGN_IN_PER_ACCOUNT,
            RATE_LIMIT_SIGN_IN_PER_ADDRESS,
            MAX_REQUESTS_PER_ADDRESS);

    /** The text {@code --help} prints: every variable with its default. */
    public static String help() {
        var text = new StringBuilder("""
                Todo server.
                Usage: java -jar todo.jar [--help | --version]
                Without DATABASE_URL it runs its own PostgreSQL (Linux and macOS, x86_64 and arm64) in TODO_DATA_DIR.
                Configuration comes from environment variables:

                """);
        for (Setting s : ALL) {
            text.append(String.format("  %-32s %s%n  %-32s default: %s%n", s.name, s.meaning, "", s.defaultValue));
        }
        return text.toString();
    }
}

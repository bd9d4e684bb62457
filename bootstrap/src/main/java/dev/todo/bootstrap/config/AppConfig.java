package dev.todo.bootstrap.config;

import dev.todo.adapter.http.guard.RateLimits;
import dev.todo.adapter.postgres.DatabaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's whole configuration, read from the environment and validated once at start-up. */
public record AppConfig(
        Optional<String> host,
        int port,
        Optional<DatabaseUrl> databaseUrl,
        Duration dbConnectTimeout,
        Path dataDirectory,
        Optional<String> authIssuer,
        Optional<String> authAudience,
        Duration tokenTtl,
        Duration sessionTtl,
        Optional<String> signingKey,
        Optional<String> jwtSecret,
        Optional<ExternalIssuer> externalIssuer,
        List<String> corsAllowedOrigins,
        List<String> trustedProxies,
        int dbPoolSize,
        Duration trashRetention,
        Duration housekeepingInterval,
        Duration changesRetention,
        Duration reminderPollInterval,
        Optional<DatabaseUrl> databaseDirectUrl,
        int eventStreamsPerUser,
        int eventStreamsPerInstance,
        int managementPort,
        LogFormat logFormat,
        RateLimits rateLimits,
        int maxRequestsPerAddress) {

    /**
     * Reads and validates every setting.
     *
     * @throws ConfigurationException naming each variable that is wrong, what is wrong and an example
     */
    public static AppConfig fromEnvironment(Map<String, String> environment) {
        return new EnvironmentReader(environment).read();
    }

    /** {@code iss} of the server's own tokens: AUTH_ISSUER, or the base URL on this port. */
    public String ownIssuer() {
        return authIssuer.orElse("http://localhost:" + port);
    }

    /** Secrets and the database URL (which may hold a password) are never printed. */
    @Override
    public String toString() {
        return "AppConfig[host=" + host.orElse("(all interfaces)")
                + ", port=" + port
                + ", database=" + databaseUrl.map(u -> "external").orElse("embedded at " + dataDirectory)
                + ", dbConnectTimeout=" + dbConnectTimeout
                + ", authIssuer=" + authIssuer.orElse("(base URL)")
                + ", tokenTtl=" + tokenTtl
                + ", sessionTtl=" + sessionTtl
                + ", signingKey=" + signingKey.map(k -> "configured").orElse("stored")
                + ", jwtSecret=" + jwtSecret.map(s -> "configured").orElse("off")
                + ", externalIssuer="
                + externalIssuer.map(ExternalIssuer::issuer).orElse("off")
                + ", corsAllowedOrigins=" + corsAllowedOrigins
                + ", trustedProxies=" + trustedProxies
                + ", dbPoolSize=" + dbPoolSize
                + ", trashRetention=" + trashRetention
                + ", housekeepingInterval=" + housekeepingInterval
                + ", changesRetention=" + changesRetention
                + ", reminderPollInterval=" + reminderPollInterval
                + ", databaseDirectUrl="
                + databaseDirectUrl.map(u -> "configured").orElse("(DATABASE_URL)")
                + ", eventStreams=" + eventStreamsPerUser + " per user, " + eventStreamsPerInstance + " per instance"
                + ", managementPort=" + managementPort
                + ", logFormat=" + logFormat
                + ", rateLimits=" + rateLimits
                + ", maxRequestsPerAddress=" + maxRequestsPerAddress + "]";
    }
}

package dev.todo.bootstrap.config;

import dev.todo.adapter.http.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's whole configuration, read from the environment and validated once at start-up. */
public record AppConfig(
        int port,
        Optional<String> databaseUrl,
        Path dataDirectory,
        Optional<String> authIssuer,
        Optional<String> authAudience,
        Duration tokenTtl,
        Optional<String> signingKey,
        Optional<String> jwtSecret,
        Optional<ExternalIssuer> externalIssuer,
        List<String> corsAllowedOrigins,
        List<String> trustedProxies,
        int dbPoolSize,
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

    /** Secrets and the database URL (which may hold a password) are never printed. */
    @Override
    public String toString() {
        return "AppConfig[port=" + port
                + ", database=" + databaseUrl.map(u -> "external").orElse("embedded at " + dataDirectory)
                + ", authIssuer=" + authIssuer.orElse("(base URL)")
                + ", tokenTtl=" + tokenTtl
                + ", signingKey=" + signingKey.map(k -> "configured").orElse("stored")
                + ", jwtSecret=" + jwtSecret.map(s -> "configured").orElse("off")
                + ", externalIssuer="
                + externalIssuer.map(ExternalIssuer::issuer).orElse("off")
                + ", corsAllowedOrigins=" + corsAllowedOrigins
                + ", trustedProxies=" + trustedProxies
                + ", dbPoolSize=" + dbPoolSize
                + ", managementPort=" + managementPort
                + ", logFormat=" + logFormat
                + ", rateLimits=" + rateLimits
                + ", maxRequestsPerAddress=" + maxRequestsPerAddress + "]";
    }
}

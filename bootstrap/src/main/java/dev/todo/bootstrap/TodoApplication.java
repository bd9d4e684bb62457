package dev.todo.bootstrap;

import dev.todo.adapter.http.HttpConfig;
import dev.todo.adapter.http.TodoHttpServer;
import dev.todo.adapter.http.auth.AuthConfig;
import dev.todo.adapter.http.auth.Authentication;
import dev.todo.adapter.http.auth.ExternalIssuerConfig;
import dev.todo.adapter.http.auth.LeakedPasswords;
import dev.todo.adapter.postgres.DatabaseSettings;
import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.EmbeddedDatabase;
import dev.todo.adapter.postgres.PostgresPersistence;
import dev.todo.application.service.ApplicationServices;
import dev.todo.bootstrap.config.AppConfig;
import dev.todo.bootstrap.config.ConfigurationException;
import dev.todo.bootstrap.ops.ManagementServer;
import dev.todo.bootstrap.ops.MetricsRegistry;
import dev.todo.bootstrap.ops.PoolMetrics;
import dev.todo.bootstrap.ops.RequestMetricsAndLog;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The composition root: configuration → database → migrations → repositories → services → HTTP.
 * {@link #start} runs the whole service (as {@code Main} does and end-to-end tests do); {@link #close}
 * stops it gracefully, letting requests in flight finish.
 */
public final class TodoApplication implements AutoCloseable {
    private final Optional<EmbeddedDatabase> embedded;
    private final PostgresPersistence persistence;
    private final TodoHttpServer http;
    private final ManagementServer management;
    private final URI baseUri;
    private final AtomicBoolean draining;

    private TodoApplication(
            Optional<EmbeddedDatabase> embedded,
            PostgresPersistence persistence,
            TodoHttpServer http,
            ManagementServer management,
            int port,
            AtomicBoolean draining) {
        this.draining = draining;
        this.embedded = embedded;
        this.persistence = persistence;
        this.http = http;
        this.management = management;
        this.baseUri = URI.create("http://localhost:" + port);
    }

    /** Reads the configuration from these environment variables and starts the service. */
    public static TodoApplication start(Map<String, String> environment) {
        return start(AppConfig.fromEnvironment(environment));
    }

    public static TodoApplication start(AppConfig config) {
        Optional<EmbeddedDatabase> embedded = config.databaseUrl().isEmpty()
                ? Optional.of(EmbeddedDatabase.start(config.dataDirectory()))
                : Optional.empty();
        DatabaseUrl url = config.databaseUrl()
                .map(DatabaseUrl::parse)
                .orElseGet(() -> embedded.get().url());
        var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, config.dbPoolSize()));
        try {
            persistence.migrate();
            var clock = Clock.systemUTC();
            var auth = Authentication.create(authConfig(config), persistence.signingKeyRepository(), clock);
            var useCases = ApplicationServices.over(
                    persistence.taskRepository(),
                    persistence.userRepository(),
                    auth.passwordHasher(),
                    LeakedPasswords.bundled(),
                    auth.tokenIssuer(),
                    clock);
            var draining = new AtomicBoolean(false);
            BooleanSupplier ready = () -> !draining.get() && persistence.isReachable();
            var registry = MetricsRegistry.create();
            PoolMetrics.bind(persistence.poolMetrics(), registry);
            var http = new TodoHttpServer(
                    httpConfig(config),
                    useCases,
                    auth.tokenVerifier(),
                    auth.jwks()::document,
                    ready,
                    new RequestMetricsAndLog(registry));
            int port = http.start();
            var management = ManagementServer.start(config.managementPort(), registry, ready);
            return new TodoApplication(embedded, persistence, http, management, port, draining);
        } catch (RuntimeException e) {
            persistence.close();
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    private static <T> T checked(String variable, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(List.of(variable + ": " + e.getMessage()));
        }
    }

    private static AuthConfig authConfig(AppConfig config) {
        String baseUrl = "http://localhost:" + config.port();
        String issuer = config.authIssuer().orElse(baseUrl);
        return new AuthConfig(
                issuer,
                config.authAudience().orElse(issuer),
                config.tokenTtl(),
                config.signingKey(),
                config.jwtSecret(),
                config.externalIssuer().map(e -> new ExternalIssuerConfig(e.jwksUrl(), e.issuer(), e.audience())));
    }

    private static HttpConfig httpConfig(AppConfig config) {
        return HttpConfig.defaults(config.port())
                .withCorsAllowedOrigins(config.corsAllowedOrigins())
                .withTrustedProxies(new HashSet<>(config.trustedProxies()))
                .withRateLimits(config.rateLimits())
                .withMaxRequestsPerAddress(config.maxRequestsPerAddress())
                // a few request threads per database connection, never fewer than the default
                .withMaxThreads(Math.max(HttpConfig.DEFAULT_MAX_THREADS, 4 * config.dbPoolSize()));
    }

    /** Where the public API and web UI answer. */
    public URI baseUri() {
        return baseUri;
    }

    /** Where metrics, liveness and readiness answer (loopback only). */
    public URI managementUri() {
        return management.uri();
    }

    /** Stops taking requests, finishes those in flight, then closes the pool and the embedded database. */
    @Override
    public void close() {
        draining.set(true); // readiness answers 503 from now on, so load balancers stop sending work
        http.stop();
        management.close();
        persistence.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}

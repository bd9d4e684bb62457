package dev.todo.bootstrap;

import dev.todo.adapter.http.HttpConfig;
import dev.todo.adapter.http.TodoHttpServer;
import dev.todo.adapter.http.events.EventStreamLimits;
import dev.todo.adapter.http.identity.AuthConfig;
import dev.todo.adapter.http.identity.Authentication;
import dev.todo.adapter.http.identity.ExternalIssuerConfig;
import dev.todo.adapter.http.identity.LeakedPasswords;
import dev.todo.adapter.postgres.DatabaseSettings;
import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.PostgresPersistence;
import dev.todo.adapter.postgres.embedded.EmbeddedDatabase;
import dev.todo.adapter.postgres.embedded.EmbeddedDatabaseException;
import dev.todo.adapter.postgres.recurrence.LibRecurExpander;
import dev.todo.application.service.ApplicationServices;
import dev.todo.application.service.ChangeFeed;
import dev.todo.application.service.HousekeepingService;
import dev.todo.application.service.ReminderService;
import dev.todo.application.service.SessionPolicy;
import dev.todo.bootstrap.config.AppConfig;
import dev.todo.bootstrap.config.Setting;
import dev.todo.bootstrap.ops.ChangeMetrics;
import dev.todo.bootstrap.ops.Housekeeping;
import dev.todo.bootstrap.ops.ManagementServer;
import dev.todo.bootstrap.ops.MetricsRegistry;
import dev.todo.bootstrap.ops.PoolMetrics;
import dev.todo.bootstrap.ops.RequestMetricsAndLog;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: configuration → database → migrations → repositories → services → HTTP.
 * {@link #start} runs the whole service (as {@code Main} does and end-to-end tests do); {@link #close}
 * stops it gracefully, letting requests in flight finish.
 */
public final class TodoApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TodoApplication.class);
    /** How often rows of sign-in budgets that are full again are deleted (a thousand at a time). */
    private static final Duration BUCKET_CLEANING_PERIOD = Duration.ofMinutes(1);
    /** How often the sessions other instances ended are read (their access tokens are refused within that). */
    private static final Duration ENDED_SESSIONS_PERIOD = Duration.ofSeconds(1);
    /** Every followed log is read again this often, so a lost change signal delays an event at most this long. */
    private static final Duration CHANGE_SWEEP_PERIOD = Duration.ofSeconds(15);

    private final Optional<EmbeddedDatabase> embedded;
    private final PostgresPersistence persistence;
    /** Background work, stopped once the HTTP server has: sign-in budget cleaning, ended sessions, housekeeping. */
    private final List<AutoCloseable> housekeeping;

    private final TodoHttpServer http;
    private final ManagementServer management;
    private final URI baseUri;
    private final AtomicBoolean draining;

    private TodoApplication(
            Optional<EmbeddedDatabase> embedded,
            PostgresPersistence persistence,
            List<AutoCloseable> housekeeping,
            TodoHttpServer http,
            ManagementServer management,
            int port,
            AtomicBoolean draining) {
        this.draining = draining;
        this.housekeeping = housekeeping;
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

    /**
     * Starts the service: ports checked first, then the database (waiting up to DB_CONNECT_TIMEOUT for it),
     * migrations, the public port and the management port. Whatever had started is stopped again if a
     * later step fails, so a failed start leaves nothing half-running.
     *
     * @throws StartupFailure with a one-line reason naming the setting
     */
    public static TodoApplication start(AppConfig config) {
        PortCheck.requirePublicPortFree(config.host(), config.port());
        PortCheck.requireManagementPortFree(config.managementPort());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Optional<EmbeddedDatabase> embedded = config.databaseUrl().isEmpty()
                    ? Optional.of(startEmbedded(config.dataDirectory()))
                    : Optional.empty();
            embedded.ifPresent(started::push);
            DatabaseUrl url =
                    config.databaseUrl().orElseGet(() -> embedded.get().url());
            var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, config.dbPoolSize()));
            started.push(persistence);
            DatabaseStartup.migrate(persistence, url, config.dbConnectTimeout());
            var signInBuckets = persistence.sharedRateLimitBuckets();
            var bucketCleaning = Housekeeping.every(
                    BUCKET_CLEANING_PERIOD, "rate-limit-cleaner", () -> signInBuckets.removeExpired(1_000));
            started.push(bucketCleaning);
            var clock = Clock.systemUTC();
            var changeFeed = new ChangeFeed(persistence.changeLog(), CHANGE_SWEEP_PERIOD);
            started.push(changeFeed);
            var changeSignals =
                    persistence.listenForChanges(config.databaseDirectUrl().orElse(url));
            started.push(changeSignals);
            changeSignals.listen(changeFeed);
            var auth = Authentication.create(authConfig(config), persistence.signingKeyRepository(), clock);
            var useCases = ApplicationServices.over(
                    persistence.taskRepository(),
                    persistence.changeLog(),
                    changeFeed,
                    persistence.userRepository(),
                    persistence.sessionRepository(),
                    auth.passwordHasher(),
                    LeakedPasswords.bundled(),
                    auth.tokenIssuer(),
                    new SessionPolicy(config.sessionTtl(), config.tokenTtl()),
                    new LibRecurExpander(),
                    clock);
            var endedSessions =
                    Housekeeping.every(ENDED_SESSIONS_PERIOD, "ended-sessions", useCases.endedSessions()::catchUp);
            started.push(endedSessions);
            var housekeeping = new HousekeepingService(
                    persistence.expiredTrash(),
                    config.trashRetention(),
                    persistence.expiredChanges(),
                    config.changesRetention(),
                    clock);
            var registry = MetricsRegistry.create();
            var changeMetrics = ChangeMetrics.create(registry);
            var cluster = persistence.scheduleHousekeeping(config.housekeepingInterval(), () -> {
                var report = housekeeping.runOnce();
                changeMetrics.housekeepingRan(report.purgedTasks(), report.trimmedEntries());
                LOG.info(
                        "housekeeping: purged {} trashed tasks older than {}, deleted {} change-log entries older than {}",
                        report.purgedTasks(),
                        config.trashRetention(),
                        report.trimmedEntries(),
                        config.changesRetention());
            });
            started.push(cluster);
            var reminders = new ReminderService(persistence.dueReminders(), clock);
            var reminderPoll = Housekeeping.every(
                    config.reminderPollInterval(),
                    "reminders",
                    () -> changeMetrics.remindersFired(reminders.fireDue()));
            started.push(reminderPoll);
            var draining = new AtomicBoolean(false);
            BooleanSupplier ready = () -> !draining.get() && persistence.isReachable();
            PoolMetrics.bind(persistence.poolMetrics(), registry);
            var http = new TodoHttpServer(
                    // page cursors sealed with a key every instance derives alike from the shared signing key
                    httpConfig(config)
                            .withPageCursorKey(auth.derivedSecret("page-cursor"))
                            .withSharedSignInBuckets(signInBuckets.proxyManager())
                            .withSessionCookieMaxAge(config.sessionTtl())
                            .withEventStreams(EventStreamLimits.DEFAULTS.withStreams(
                                    config.eventStreamsPerUser(), config.eventStreamsPerInstance())),
                    useCases,
                    auth.tokenVerifier(),
                    auth.jwks()::document,
                    ready,
                    new RequestMetricsAndLog(registry));
            int port = startHttp(http, config);
            started.push(http::stop);
            changeMetrics.watch(http, changeSignals);
            var management = startManagement(config.managementPort(), registry, ready);
            return new TodoApplication(
                    embedded,
                    persistence,
                    List.of(bucketCleaning, endedSessions, cluster, reminderPoll, changeFeed, changeSignals),
                    http,
                    management,
                    port,
                    draining);
        } catch (RuntimeException e) {
            stopAll(started, e);
            throw e;
        }
    }

    private static EmbeddedDatabase startEmbedded(Path dataDirectory) {
        try {
            return EmbeddedDatabase.start(dataDirectory);
        } catch (EmbeddedDatabaseException e) {
            // PostgreSQL's own failures (initdb, pg_ctl) concern the data folder; the rest name their setting
            String message = e.getMessage();
            if (!message.matches("^[A-Z_]+: .*")) {
                message = Setting.TODO_DATA_DIR.name() + ": " + message
                        + " (example: TODO_DATA_DIR=./data, or DATABASE_URL for an external PostgreSQL)";
            }
            throw new StartupFailure(message, e);
        }
    }

    private static int startHttp(TodoHttpServer http, AppConfig config) {
        try {
            return http.start();
        } catch (RuntimeException e) {
            throw PortCheck.publicPortFailure(config.host(), config.port(), e);
        }
    }

    private static ManagementServer startManagement(int port, PrometheusMeterRegistry registry, BooleanSupplier ready) {
        try {
            return ManagementServer.start(port, registry, ready);
        } catch (UncheckedIOException e) {
            throw PortCheck.managementPortFailure(port, e);
        }
    }

    /** Stops what had started, newest first; failures to stop are kept with the start's failure. */
    private static void stopAll(Deque<AutoCloseable> started, RuntimeException failure) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static AuthConfig authConfig(AppConfig config) {
        String issuer = config.ownIssuer();
        return new AuthConfig(
                issuer,
                config.authAudience().orElse(issuer),
                config.tokenTtl(),
                config.signingKey(),
                config.jwtSecret(),
                config.externalIssuer().map(e -> new ExternalIssuerConfig(e.jwksUrl(), e.issuer(), e.audience())));
    }

    private static HttpConfig httpConfig(AppConfig config) {
        HttpConfig http = HttpConfig.defaults(config.port());
        if (config.host().isPresent()) {
            http = http.withHost(config.host().get());
        }
        return http.withCorsAllowedOrigins(config.corsAllowedOrigins())
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
        for (AutoCloseable work : housekeeping) {
            try {
                work.close();
            } catch (Exception e) {
                LOG.warn("stopping background work failed: {}", e.toString());
            }
        }
        persistence.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}

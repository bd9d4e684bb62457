package dev.todo.adapter.http;

import dev.todo.adapter.http.events.EventStreams;
import dev.todo.adapter.http.guard.ApiLimits;
import dev.todo.adapter.http.guard.ClientAddresses;
import dev.todo.adapter.http.guard.MethodOverrideBlocker;
import dev.todo.adapter.http.guard.SignInLimits;
import dev.todo.adapter.http.guard.SlowClients;
import dev.todo.adapter.http.identity.TokenVerifier;
import dev.todo.adapter.http.rest.AuthHandlers;
import dev.todo.adapter.http.rest.BearerAuthentication;
import dev.todo.adapter.http.rest.ChangeHandlers;
import dev.todo.adapter.http.rest.Cors;
import dev.todo.adapter.http.rest.JsonBodyReader;
import dev.todo.adapter.http.rest.JsonMappers;
import dev.todo.adapter.http.rest.PageCursorSeal;
import dev.todo.adapter.http.rest.Routes;
import dev.todo.adapter.http.rest.SessionCookie;
import dev.todo.adapter.http.rest.SystemHandlers;
import dev.todo.adapter.http.rest.TaskHandlers;
import dev.todo.adapter.http.web.WebUi;
import dev.todo.application.port.in.UseCases;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The public HTTP server: the REST API of DESIGN.md, the OpenAPI document, health and readiness
 * probes and the web UI, on one port. Create it, {@link #start()} it, {@link #stop()} it.
 */
public final class TodoHttpServer {
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final EventStreams eventStreams;
    private static final int RESPONSE_COPY_BUFFER_BYTES = 4096;

    private final Javalin app;

    /**
     * @param jwks the JSON Web Key Set published at {@code /api/auth/jwks}, read on each request
     * @param readiness whether the service can serve requests now, asked on each {@code /readyz}
     */
    public TodoHttpServer(
            HttpConfig config,
            UseCases useCases,
            TokenVerifier tokens,
            Supplier<Map<String, Object>> jwks,
            BooleanSupplier readiness) {
        this(config, useCases, tokens, jwks, readiness, RequestObserver.NONE);
    }

    /** @param observer told of every finished request (access log, metrics) */
    public TodoHttpServer(
            HttpConfig config,
            UseCases useCases,
            TokenVerifier tokens,
            Supplier<Map<String, Object>> jwks,
            BooleanSupplier readiness,
            RequestObserver observer) {
        Objects.requireNonNull(config, "config");
        var observation = new RequestObservation(Objects.requireNonNull(observer, "observer"));
        var bodies = new JsonBodyReader(config.maxBodyBytes());
        var addresses = new ClientAddresses(config.trustedProxies());
        var guards = new Routes.Guards(
                new Cors(new HashSet<>(config.corsAllowedOrigins())),
                new ApiLimits(config.rateLimits(), addresses),
                new SignInLimits(config.rateLimits(), addresses, config.sharedSignInBuckets()));
        var auth = new BearerAuthentication(
                Objects.requireNonNull(tokens, "tokens"), guards.apiLimits(), useCases.endedSessions());
        var authHandlers = new AuthHandlers(
                useCases, auth, bodies, guards.signInLimits(), new SessionCookie(config.sessionCookieMaxAge()), jwks);
        var taskHandlers = new TaskHandlers(useCases, auth, bodies, new PageCursorSeal(config.pageCursorKey()));
        var systemHandlers = new SystemHandlers(readiness);
        this.eventStreams = new EventStreams(config.eventStreams(), Clock.systemUTC());
        var changeHandlers = new ChangeHandlers(useCases, auth, eventStreams);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.host = config.host().orElse(null); // null: every interface
            javalin.jetty.port = config.port();
            javalin.jetty.threadPool = threadPool(config.maxThreads());
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            javalin.http.generateEtags = false;
            javalin.jsonMapper(new JavalinJackson(JsonMappers.output(), false));
            javalin.requestLogger.http(observation::completed);
            // Javalin copies each response through a buffer of this size, allocated per response
            javalin.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
            javalin.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // proxies and clients reuse connections for many users' tokens: caching header values
                // per connection only churns (a capacity <= 0 turns the cache off)
                http.setHeaderCacheSize(0);
            });
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                SlowClients.guard(server, config.maxBodyBytes(), config.maxRequestsPerAddress(), addresses);
            });
            javalin.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new MethodOverrideBlocker()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            WebUi.serve(javalin);
            Routes.declare(javalin.routes, guards, authHandlers, taskHandlers, changeHandlers, systemHandlers);
        });
    }

    /** Jetty's usual queued pool, bounded by the configuration; idle threads above the minimum retire after a minute. */
    private static QueuedThreadPool threadPool(int maxThreads) {
        var pool = new QueuedThreadPool(maxThreads, HttpConfig.MIN_THREADS, 60_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    /** Starts listening; returns the bound port (useful with port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** How many live event streams are open (for the management port's metrics). */
    public int openEventStreams() {
        return eventStreams.openCount();
    }

    /** Ends every event stream, stops accepting connections and lets requests in flight finish (up to 10 seconds). */
    public void stop() {
        eventStreams.close(); // each stream's response ends first, so stopping does not wait for them
        app.stop();
    }
}

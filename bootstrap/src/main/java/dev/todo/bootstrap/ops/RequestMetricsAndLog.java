package dev.todo.bootstrap.ops;

import dev.todo.adapter.http.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one access-log line per request and records its latency by method, route and status. */
public final class RequestMetricsAndLog implements RequestObserver {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.todo.access");

    private final MeterRegistry registry;

    public RequestMetricsAndLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requestCompleted(String method, String route, int status, Duration duration, Optional<String> userId) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info(String.format(
                    Locale.ROOT,
                    "%s %s %d %.1fms user=%s",
                    method,
                    route,
                    status,
                    duration.toNanos() / 1e6,
                    userId.orElse("-")));
        }
    }
}

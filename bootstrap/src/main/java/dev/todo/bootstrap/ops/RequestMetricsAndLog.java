package dev.todo.bootstrap.ops;

import dev.todo.adapter.http.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one access-log line per request and records its latency by method, route and status. */
public final class RequestMetricsAndLog implements RequestObserver {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.todo.access");

    private final MeterRegistry registry;
    /** One timer per method, route template and status: a bounded set, each built and registered once. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetricsAndLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requestCompleted(String method, String route, int status, Duration duration, Optional<String> userId) {
        timers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> timer(method, route, status))
                .record(duration);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info("{} {} {} {}ms user={}", method, route, status, millis(duration), userId.orElse("-"));
        }
    }

    private Timer timer(String method, String route, int status) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Milliseconds with one decimal, without the cost of a formatter. */
    private static String millis(Duration duration) {
        long tenths = duration.toNanos() / 100_000;
        return (tenths / 10) + "." + (tenths % 10);
    }
}

package dev.todo.bootstrap.ops;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/** Publishes the connection pool's live figures: active, idle and total connections, and waiting threads. */
public final class PoolMetrics {
    private PoolMetrics() {}

    public static void bind(HikariPoolMXBean pool, MeterRegistry registry) {
        gauge(registry, pool, "db.pool.connections.active", HikariPoolMXBean::getActiveConnections);
        gauge(registry, pool, "db.pool.connections.idle", HikariPoolMXBean::getIdleConnections);
        gauge(registry, pool, "db.pool.connections.total", HikariPoolMXBean::getTotalConnections);
        gauge(registry, pool, "db.pool.threads.waiting", HikariPoolMXBean::getThreadsAwaitingConnection);
    }

    private static void gauge(
            MeterRegistry registry, HikariPoolMXBean pool, String name, ToDoubleFunction<HikariPoolMXBean> value) {
        Gauge.builder(name, pool, value).register(registry);
    }
}

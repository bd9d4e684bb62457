package dev.todo.bootstrap.ops;

import dev.todo.adapter.http.TodoHttpServer;
import dev.todo.adapter.postgres.PostgresChangeSignals;
import dev.todo.application.service.ReminderService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes the live-events figures (open streams, whether the change listener is connected), housekeeping's
 * work and the reminders fired (how many, and how late after their time).
 */
public final class ChangeMetrics {
    private final MeterRegistry registry;
    private final Counter runs;
    private final Counter purged;
    private final Counter trimmed;
    private final Counter remindersFired;
    private final Timer reminderLateness;

    private ChangeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.runs = Counter.builder("todo.housekeeping.runs").register(registry);
        this.purged = Counter.builder("todo.housekeeping.purged.tasks").register(registry);
        this.trimmed = Counter.builder("todo.housekeeping.trimmed.changes").register(registry);
        this.remindersFired = Counter.builder("todo.reminders.fired").register(registry);
        this.reminderLateness = Timer.builder("todo.reminders.lateness")
                .description("per poll that fired reminders, the latest of them after its time")
                .register(registry);
    }

    /** The housekeeping counters, registered at once (housekeeping may run before the server is up). */
    public static ChangeMetrics create(MeterRegistry registry) {
        return new ChangeMetrics(registry);
    }

    /** Adds the gauges of the open streams and the listener's connection. */
    public void watch(TodoHttpServer http, PostgresChangeSignals signals) {
        Gauge.builder("todo.events.streams.open", http, TodoHttpServer::openEventStreams)
                .register(registry);
        Gauge.builder("todo.changes.listener.connected", signals, s -> s.isConnected() ? 1 : 0)
                .register(registry);
    }

    /** Counts the reminders one poll fired on this instance. */
    public void remindersFired(ReminderService.Round round) {
        if (round.fired() > 0) {
            remindersFired.increment(round.fired());
            reminderLateness.record(round.latest());
        }
    }

    /** Counts one housekeeping run and what it removed. */
    public void housekeepingRan(int purgedTasks, int trimmedEntries) {
        runs.increment();
        purged.increment(purgedTasks);
        trimmed.increment(trimmedEntries);
    }
}

package dev.todo.adapter.postgres;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Runs one job once per period across every instance on the database (db-scheduler: the next execution
 * is a row in {@code scheduled_tasks}, picked by one instance at a time, re-picked if that instance dies).
 */
public final class ClusterScheduler implements AutoCloseable {
    /** The job's name in {@code scheduled_tasks}. */
    static final String HOUSEKEEPING = "todo-housekeeping";

    private final Scheduler scheduler;

    private ClusterScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts running {@code job} every {@code period} (after one ends), the first time at once. */
    static ClusterScheduler start(DataSource dataSource, TodoSchema schema, Duration period, Runnable job) {
        RecurringTask<Void> housekeeping =
                Tasks.recurring(HOUSEKEEPING, FixedDelay.of(period)).execute((instance, context) -> job.run());
        String table = schema.equals(TodoSchema.PUBLIC) ? "scheduled_tasks" : schema.name() + ".scheduled_tasks";
        Scheduler scheduler = Scheduler.create(dataSource)
                .tableName(table)
                .startTasks(housekeeping)
                .threads(1)
                .pollingInterval(min(period, Duration.ofSeconds(10)))
                // a stopping service waits this long for a run in progress (twice, per db-scheduler), not minutes
                .shutdownMaxWait(Duration.ofSeconds(2))
                .build();
        scheduler.start();
        return new ClusterScheduler(scheduler);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops picking executions; a run in progress is given a little time to finish. */
    @Override
    public void close() {
        scheduler.stop();
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.port.out.ChangeSignals;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The signals of new log entries: sent at commit only, heard on a connection of their own, which comes back. */
@ExtendWith(SharedPostgresExtension.class)
class PostgresChangeSignalsTest {
    private final PostgresTestDatabase database;

    PostgresChangeSignalsTest(PostgresTestDatabase database) {
        this.database = database;
    }

    /** What a listener was told: "grew <user> <id>" or "missed". */
    private static final class Heard implements ChangeSignals.Listener {
        final BlockingQueue<String> told = new LinkedBlockingQueue<>();

        @Override
        public void grew(UserId owner) {
            told.add("grew " + owner.value());
        }

        @Override
        public void missedSome() {
            told.add("missed");
        }

        /** The next thing told within {@code wait}, null if none. */
        String next(Duration wait) throws InterruptedException {
            return told.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        /**
         * The next thing told about {@code owner} (or a resync) within {@code wait}, null if none: the database is
         * shared, so changes of other people committed meanwhile are passed over.
         */
        String nextAbout(UserId owner, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String said = told.poll(left, TimeUnit.NANOSECONDS);
                if (said == null || said.equals("missed") || said.equals("grew " + owner.value())) {
                    return said;
                }
            }
            return null;
        }
    }

    @Test
    void a_committed_change_is_signalled_within_a_second_and_a_refused_one_never() throws Exception {
        var heard = new Heard();
        try (var signals = database.persistence().listenForChanges(database.superuserUrl())) {
            signals.listen(heard);
            assertThat(heard.next(Duration.ofSeconds(5))).isEqualTo("missed"); // connected: read everything once
            UserId ada = UserId.random();
            var tasks = database.persistence().taskRepository();

            long sent = System.nanoTime();
            Task kept = tasks.add(new NewTask(ada, TaskDetails.titled("kept"), Instant.now()));

            assertThat(heard.nextAbout(ada, Duration.ofSeconds(1))).isEqualTo("grew " + ada.value());
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
            assertThatThrownBy(() -> tasks.moveToTrash(
                            ada,
                            kept.id(),
                            task -> {
                                throw new IllegalStateException("refused");
                            },
                            Instant.now()))
                    .hasMessage("refused");
            assertThat(heard.nextAbout(ada, Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void after_its_connection_is_terminated_it_reconnects_and_asks_for_a_resync() throws Exception {
        var heard = new Heard();
        try (var signals = database.persistence().listenForChanges(database.superuserUrl())) {
            signals.listen(heard);
            assertThat(heard.next(Duration.ofSeconds(5))).isEqualTo("missed");
            assertThat(signals.isConnected()).isTrue();

            database.admin()
                    .useHandle(
                            handle -> handle.execute(
                                    "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'todo-change-signals'"));

            UserId bea = UserId.random();
            assertThat(heard.nextAbout(bea, Duration.ofSeconds(15))).isEqualTo("missed");
            database.persistence().taskRepository().add(new NewTask(bea, TaskDetails.titled("after"), Instant.now()));
            assertThat(heard.nextAbout(bea, Duration.ofSeconds(2))).isEqualTo("grew " + bea.value());
        }
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.user.UserId;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notifier gathers owners into few statements: each is a transaction that commits (bench run 8). */
@ExtendWith(SharedPostgresExtension.class)
class ChangeNotifierTest {
    private final PostgresTestDatabase database;

    ChangeNotifierTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Test
    void changes_arriving_one_after_another_go_out_one_statement_per_gathering_time() throws Exception {
        var counting = new CountingDataSource(database.persistence().dataSource());
        try (var notifier = new ChangeNotifier(counting, TodoSchema.PUBLIC)) {
            long started = System.nanoTime();
            for (int i = 0; i < 40; i++) { // as the commits of a busy instance arrive: one every 2 ms
                notifier.changed(UserId.of("owner-" + i));
                LockSupport.parkNanos(2_000_000);
            }
            long gatherings = (System.nanoTime() - started) / ChangeNotifier.GATHER.toNanos();
            Thread.sleep(ChangeNotifier.GATHER.toMillis() * 5);

            assertThat(counting.connections.get()).isBetween(1, (int) gatherings + 2);
            int before = counting.connections.get();
            notifier.changed(UserId.of("later"));
            Thread.sleep(ChangeNotifier.GATHER.toMillis() * 5);
            assertThat(counting.connections.get()).isEqualTo(before + 1);
        }
    }

    /** Counts the connections the notifier takes: one per statement it sends. */
    private static final class CountingDataSource implements DataSource {
        final AtomicInteger connections = new AtomicInteger();
        private final DataSource pool;

        CountingDataSource(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            connections.incrementAndGet();
            return pool.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}

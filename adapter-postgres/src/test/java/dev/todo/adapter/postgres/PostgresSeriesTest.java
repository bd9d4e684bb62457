package dev.todo.adapter.postgres;

import dev.todo.adapter.postgres.recurrence.LibRecurExpander;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.port.out.SeriesContract;
import dev.todo.application.port.out.TaskRepository;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresSeriesTest extends SeriesContract {
    private final PostgresTestDatabase database;

    PostgresSeriesTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository tasks() {
        return database.persistence().taskRepository();
    }

    @Override
    protected ChangeLog changeLog() {
        return database.persistence().changeLog();
    }

    @Override
    protected RecurrenceExpander expander() {
        return new LibRecurExpander();
    }
}

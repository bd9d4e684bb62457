package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.DueReminders;
import dev.todo.application.port.out.DueRemindersContract;
import dev.todo.application.port.out.TaskRepository;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresDueRemindersTest extends DueRemindersContract {
    private final PostgresTestDatabase database;

    PostgresDueRemindersTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository tasks() {
        return database.persistence().taskRepository();
    }

    @Override
    protected DueReminders reminders() {
        return database.persistence().dueReminders();
    }

    @Override
    protected ChangeLog changeLog() {
        return database.persistence().changeLog();
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeLogContract;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.TaskRepository;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresChangeLogTest extends ChangeLogContract {
    private final PostgresTestDatabase database;

    PostgresChangeLogTest(PostgresTestDatabase database) {
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
    protected ExpiredTrash expiredTrash() {
        return database.persistence().expiredTrash();
    }

    @Override
    protected ExpiredChanges expiredChanges() {
        return database.persistence().expiredChanges();
    }
}

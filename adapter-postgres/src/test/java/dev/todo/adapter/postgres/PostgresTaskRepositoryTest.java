package dev.todo.adapter.postgres;

import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresTaskRepositoryTest extends TaskRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresTaskRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository newRepository() {
        return database.persistence().taskRepository();
    }
}

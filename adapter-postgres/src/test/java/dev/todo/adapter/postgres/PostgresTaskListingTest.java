package dev.todo.adapter.postgres;

import dev.todo.application.port.out.TaskListingContract;
import dev.todo.application.port.out.TaskRepository;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresTaskListingTest extends TaskListingContract {
    private final PostgresTestDatabase database;

    PostgresTaskListingTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository newRepository() {
        return database.persistence().taskRepository();
    }
}

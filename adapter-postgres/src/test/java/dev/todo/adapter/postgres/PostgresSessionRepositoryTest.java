package dev.todo.adapter.postgres;

import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresSessionRepositoryTest extends SessionRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresSessionRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected SessionRepository newRepository() {
        return database.persistence().sessionRepository();
    }
}

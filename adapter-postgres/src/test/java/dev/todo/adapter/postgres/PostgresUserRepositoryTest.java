package dev.todo.adapter.postgres;

import dev.todo.application.port.out.UserRepository;
import dev.todo.application.port.out.UserRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresUserRepositoryTest extends UserRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresUserRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected UserRepository newRepository() {
        return database.persistence().userRepository();
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.SigningKeyRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresSigningKeyRepositoryTest extends SigningKeyRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresSigningKeyRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected SigningKeyRepository newRepository() {
        database.deleteSigningKeys();
        return database.persistence().signingKeyRepository();
    }
}

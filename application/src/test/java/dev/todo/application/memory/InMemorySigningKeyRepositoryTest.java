package dev.todo.application.memory;

import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.SigningKeyRepositoryContract;

class InMemorySigningKeyRepositoryTest extends SigningKeyRepositoryContract {
    @Override
    protected SigningKeyRepository newRepository() {
        return new InMemorySigningKeyRepository();
    }
}

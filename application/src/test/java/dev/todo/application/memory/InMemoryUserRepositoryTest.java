package dev.todo.application.memory;

import dev.todo.application.port.out.UserRepository;
import dev.todo.application.port.out.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
    @Override
    protected UserRepository newRepository() {
        return new InMemoryUserRepository();
    }
}

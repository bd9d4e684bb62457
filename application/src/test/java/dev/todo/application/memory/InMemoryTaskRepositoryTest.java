package dev.todo.application.memory;

import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskRepositoryContract;

class InMemoryTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    protected TaskRepository newRepository() {
        return new InMemoryTaskRepository();
    }
}

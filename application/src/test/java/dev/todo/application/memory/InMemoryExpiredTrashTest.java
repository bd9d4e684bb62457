package dev.todo.application.memory;

import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.ExpiredTrashContract;
import dev.todo.application.port.out.TaskRepository;

class InMemoryExpiredTrashTest extends ExpiredTrashContract {
    private final InMemoryTaskRepository store = new InMemoryTaskRepository();

    @Override
    protected TaskRepository tasks() {
        return store;
    }

    @Override
    protected ExpiredTrash expiredTrash() {
        return store;
    }
}

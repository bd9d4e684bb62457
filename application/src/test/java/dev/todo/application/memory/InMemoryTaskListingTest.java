package dev.todo.application.memory;

import dev.todo.application.port.out.TaskListingContract;
import dev.todo.application.port.out.TaskRepository;

class InMemoryTaskListingTest extends TaskListingContract {
    @Override
    protected TaskRepository newRepository() {
        return new InMemoryTaskRepository();
    }
}

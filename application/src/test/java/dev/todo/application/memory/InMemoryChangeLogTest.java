package dev.todo.application.memory;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeLogContract;
import dev.todo.application.port.out.ExpiredChanges;
import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.application.port.out.TaskRepository;

class InMemoryChangeLogTest extends ChangeLogContract {
    private final InMemoryTaskRepository store = new InMemoryTaskRepository();

    @Override
    protected TaskRepository tasks() {
        return store;
    }

    @Override
    protected ChangeLog changeLog() {
        return store.changeLog();
    }

    @Override
    protected ExpiredTrash expiredTrash() {
        return store;
    }

    @Override
    protected ExpiredChanges expiredChanges() {
        return store.changeLog();
    }
}

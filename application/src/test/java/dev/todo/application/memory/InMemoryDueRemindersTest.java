package dev.todo.application.memory;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.DueReminders;
import dev.todo.application.port.out.DueRemindersContract;
import dev.todo.application.port.out.TaskRepository;

class InMemoryDueRemindersTest extends DueRemindersContract {
    private final InMemoryTaskRepository store = new InMemoryTaskRepository();

    @Override
    protected TaskRepository tasks() {
        return store;
    }

    @Override
    protected DueReminders reminders() {
        return store;
    }

    @Override
    protected ChangeLog changeLog() {
        return store.changeLog();
    }
}

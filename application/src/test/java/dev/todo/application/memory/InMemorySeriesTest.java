package dev.todo.application.memory;

import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.port.out.SeriesContract;
import dev.todo.application.port.out.StepExpander;
import dev.todo.application.port.out.TaskRepository;

class InMemorySeriesTest extends SeriesContract {
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
    protected RecurrenceExpander expander() {
        return new StepExpander();
    }
}

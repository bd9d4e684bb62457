package dev.todo.application.service;

import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.in.GetTaskUseCase;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskNotFoundException;

/** Reads one of the acting user's tasks; someone else's task is reported exactly like a missing one. */
public final class GetTaskService implements GetTaskUseCase {
    private final TaskRepository tasks;

    public GetTaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Task getTask(GetTaskQuery query) {
        return tasks.find(query.actor(), query.taskId()).orElseThrow(() -> new TaskNotFoundException(query.taskId()));
    }
}

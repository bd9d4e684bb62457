package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Toggles a task's completion, or sets it to a given state. */
public interface CompleteTaskUseCase {
    Task completeTask(CompleteTaskCommand command);
}

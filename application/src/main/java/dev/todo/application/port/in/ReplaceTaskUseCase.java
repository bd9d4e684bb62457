package dev.todo.application.port.in;

import dev.todo.domain.task.Task;

/** Replaces every editable field of one of the acting user's tasks. */
public interface ReplaceTaskUseCase {
    Task replaceTask(ReplaceTaskCommand command);
}

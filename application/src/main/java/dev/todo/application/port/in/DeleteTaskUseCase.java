package dev.todo.application.port.in;

/** Deletes one of the acting user's tasks. */
public interface DeleteTaskUseCase {
    void deleteTask(DeleteTaskCommand command);
}

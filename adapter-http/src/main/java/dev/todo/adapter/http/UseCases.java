package dev.todo.adapter.http;

import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.in.CreateTaskUseCase;
import dev.todo.application.port.in.DeleteTaskUseCase;
import dev.todo.application.port.in.GetCurrentUserUseCase;
import dev.todo.application.port.in.GetTaskUseCase;
import dev.todo.application.port.in.ListTasksUseCase;
import dev.todo.application.port.in.ReplaceTaskUseCase;
import dev.todo.application.port.in.SignInUseCase;
import dev.todo.application.port.in.SignUpUseCase;
import java.util.Objects;

/** The application's incoming ports that the HTTP adapter drives. */
public record UseCases(
        SignUpUseCase signUp,
        SignInUseCase signIn,
        GetCurrentUserUseCase currentUser,
        CreateTaskUseCase createTask,
        ListTasksUseCase listTasks,
        GetTaskUseCase getTask,
        ReplaceTaskUseCase replaceTask,
        DeleteTaskUseCase deleteTask,
        CompleteTaskUseCase completeTask) {
    public UseCases {
        Objects.requireNonNull(signUp, "signUp");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(createTask, "createTask");
        Objects.requireNonNull(listTasks, "listTasks");
        Objects.requireNonNull(getTask, "getTask");
        Objects.requireNonNull(replaceTask, "replaceTask");
        Objects.requireNonNull(deleteTask, "deleteTask");
        Objects.requireNonNull(completeTask, "completeTask");
    }
}

package dev.todo.application.port.in;

import java.util.Objects;

/** Every incoming port of the application as one value: what a driving adapter (HTTP) is given. */
public record UseCases(
        SignUpUseCase signUp,
        SignInUseCase signIn,
        GetCurrentUserUseCase currentUser,
        RefreshSessionUseCase refreshSession,
        SignOutUseCase signOut,
        EndedSessionsUseCase endedSessions,
        CreateTaskUseCase createTask,
        ListTasksUseCase listTasks,
        GetTaskUseCase getTask,
        ReplaceTaskUseCase replaceTask,
        DeleteTaskUseCase deleteTask,
        CompleteTaskUseCase completeTask,
        TrashUseCase trash,
        ListChangesUseCase listChanges,
        WatchChangesUseCase watchChanges) {
    public UseCases {
        Objects.requireNonNull(signUp, "signUp");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(refreshSession, "refreshSession");
        Objects.requireNonNull(signOut, "signOut");
        Objects.requireNonNull(endedSessions, "endedSessions");
        Objects.requireNonNull(createTask, "createTask");
        Objects.requireNonNull(listTasks, "listTasks");
        Objects.requireNonNull(getTask, "getTask");
        Objects.requireNonNull(replaceTask, "replaceTask");
        Objects.requireNonNull(deleteTask, "deleteTask");
        Objects.requireNonNull(completeTask, "completeTask");
        Objects.requireNonNull(trash, "trash");
        Objects.requireNonNull(listChanges, "listChanges");
        Objects.requireNonNull(watchChanges, "watchChanges");
    }
}

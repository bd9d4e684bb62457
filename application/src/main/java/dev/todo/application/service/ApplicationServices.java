package dev.todo.application.service;

import dev.todo.application.port.in.UseCases;
import dev.todo.application.port.in.WatchChangesUseCase;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.CommonPasswords;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TokenIssuer;
import dev.todo.application.port.out.UserRepository;
import java.time.Clock;

/** Builds every application service over the outgoing ports: the one place the services are put together. */
public final class ApplicationServices {
    private ApplicationServices() {}

    public static UseCases over(
            TaskRepository tasks,
            ChangeLog changes,
            WatchChangesUseCase watchChanges,
            UserRepository users,
            SessionRepository sessionRepository,
            PasswordHasher hasher,
            CommonPasswords commonPasswords,
            TokenIssuer tokens,
            SessionPolicy policy,
            RecurrenceExpander expander,
            Clock clock) {
        var occurrences = new Occurrences(expander);
        var sessions = new Sessions(sessionRepository, tokens, policy, clock);
        var ended = new EndedSessions(sessionRepository, policy, clock);
        return new UseCases(
                new SignUpService(users, hasher, commonPasswords, sessions, clock),
                new SignInService(users, hasher, sessions),
                new CurrentUserService(users),
                new RefreshSessionService(sessions, users, ended),
                new SignOutService(sessionRepository, ended),
                ended,
                new CreateTaskService(tasks, occurrences, clock),
                new ListTasksService(tasks),
                new GetTaskService(tasks),
                new ReplaceTaskService(tasks, occurrences, clock),
                new DeleteTaskService(tasks, clock),
                new CompleteTaskService(tasks, occurrences, clock),
                new TrashService(tasks, clock),
                new ListChangesService(changes),
                watchChanges);
    }
}

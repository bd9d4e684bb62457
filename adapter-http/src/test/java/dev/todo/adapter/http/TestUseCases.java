package dev.todo.adapter.http;

import dev.todo.application.port.out.PasswordHasher;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TokenIssuer;
import dev.todo.application.port.out.UserRepository;
import dev.todo.application.service.CompleteTaskService;
import dev.todo.application.service.CreateTaskService;
import dev.todo.application.service.CurrentUserService;
import dev.todo.application.service.DeleteTaskService;
import dev.todo.application.service.GetTaskService;
import dev.todo.application.service.ListTasksService;
import dev.todo.application.service.ReplaceTaskService;
import dev.todo.application.service.SignInService;
import dev.todo.application.service.SignUpService;
import java.time.Clock;

/** The real application services over the given ports, for servers started by tests. */
final class TestUseCases {
    private TestUseCases() {}

    static UseCases over(TaskRepository tasks, UserRepository users, PasswordHasher hasher, TokenIssuer tokens) {
        var clock = Clock.systemUTC();
        return new UseCases(
                new SignUpService(users, hasher, tokens, clock),
                new SignInService(users, hasher, tokens),
                new CurrentUserService(users),
                new CreateTaskService(tasks, clock),
                new ListTasksService(tasks),
                new GetTaskService(tasks),
                new ReplaceTaskService(tasks, clock),
                new DeleteTaskService(tasks),
                new CompleteTaskService(tasks, clock));
    }
}

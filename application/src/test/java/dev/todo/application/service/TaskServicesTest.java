package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.TaskVersionMismatchException;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskNotFoundException;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskServicesTest {
    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private final CreateTaskService create =
            new CreateTaskService(tasks, new Occurrences(RecurrenceExpander.NONE), clock);
    private final GetTaskService get = new GetTaskService(tasks);
    private final ReplaceTaskService replace =
            new ReplaceTaskService(tasks, new Occurrences(RecurrenceExpander.NONE), clock);
    private final CompleteTaskService complete =
            new CompleteTaskService(tasks, new Occurrences(RecurrenceExpander.NONE), clock);
    private final DeleteTaskService delete = new DeleteTaskService(tasks, clock);
    private final UserId ada = UserId.random();
    private final UserId eve = UserId.random();

    private Task adasTask() {
        return create.createTask(new CreateTaskCommand(ada, TaskDetails.titled("Ada's task")));
    }

    @Test
    void a_created_task_can_be_read_back_by_its_owner_only() {
        Task task = adasTask();

        assertThat(get.getTask(new GetTaskQuery(ada, task.id()))).isEqualTo(task);
        assertThatThrownBy(() -> get.getTask(new GetTaskQuery(eve, task.id())))
                .isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void no_operation_reaches_another_users_task() {
        Task task = adasTask();
        var details = TaskDetails.titled("hijacked");

        assertThatThrownBy(() ->
                        replace.replaceTask(new ReplaceTaskCommand(eve, task.id(), details, ExpectedVersions.ANY)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> complete.completeTask(CompleteTaskCommand.toggle(eve, task.id())))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> delete.deleteTask(new DeleteTaskCommand(eve, task.id(), ExpectedVersions.ANY)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(get.getTask(new GetTaskQuery(ada, task.id()))).isEqualTo(task);
    }

    @Test
    void replace_changes_the_details_and_the_version() {
        Task task = adasTask();
        Task replaced = replace.replaceTask(
                new ReplaceTaskCommand(ada, task.id(), TaskDetails.titled("New title"), ExpectedVersions.ANY));

        assertThat(replaced.title().value()).isEqualTo("New title");
        assertThat(replaced.version()).isEqualTo(task.version() + 1);
    }

    @Test
    void a_task_can_be_created_completed() {
        Task done = create.createTask(new CreateTaskCommand(ada, TaskDetails.titled("done"), true));
        Task pending = create.createTask(new CreateTaskCommand(ada, TaskDetails.titled("to do"), false));

        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).contains(clock.instant());
        assertThat(get.getTask(new GetTaskQuery(ada, done.id()))).isEqualTo(done);
        assertThat(pending.completed()).isFalse();
    }

    @Test
    void replace_sets_completion_when_given_and_keeps_it_otherwise() {
        Task task = adasTask();
        var details = TaskDetails.titled("edited");

        Task completed = replace.replaceTask(
                new ReplaceTaskCommand(ada, task.id(), details, Optional.of(true), ExpectedVersions.ANY));
        Task kept = replace.replaceTask(new ReplaceTaskCommand(ada, task.id(), details, ExpectedVersions.ANY));
        Task reopened = replace.replaceTask(
                new ReplaceTaskCommand(ada, task.id(), details, Optional.of(false), ExpectedVersions.ANY));

        assertThat(completed.completed()).isTrue();
        assertThat(completed.completedAt()).contains(clock.instant());
        assertThat(kept.completed()).isTrue();
        assertThat(kept.completedAt()).isEqualTo(completed.completedAt());
        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.completedAt()).isEmpty();
    }

    @Test
    void a_conditional_change_of_an_old_version_fails_and_changes_nothing() {
        Task task = adasTask();
        Task toggled = complete.completeTask(CompleteTaskCommand.toggle(ada, task.id()));

        assertThatThrownBy(() -> replace.replaceTask(new ReplaceTaskCommand(
                        ada, task.id(), TaskDetails.titled("x"), ExpectedVersions.of(task.version()))))
                .isInstanceOfSatisfying(
                        TaskVersionMismatchException.class,
                        e -> assertThat(e.actual()).isEqualTo(toggled.version()));
        assertThatThrownBy(() ->
                        delete.deleteTask(new DeleteTaskCommand(ada, task.id(), ExpectedVersions.of(task.version()))))
                .isInstanceOf(TaskVersionMismatchException.class);
        assertThat(get.getTask(new GetTaskQuery(ada, task.id()))).isEqualTo(toggled);
    }

    @Test
    void completion_toggles_or_is_set_explicitly() {
        Task task = adasTask();
        Task done = complete.completeTask(CompleteTaskCommand.toggle(ada, task.id()));
        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).contains(clock.instant());

        Task stillDone =
                complete.completeTask(new CompleteTaskCommand(ada, task.id(), Optional.of(true), ExpectedVersions.ANY));
        assertThat(stillDone).isEqualTo(done);

        Task undone = complete.completeTask(CompleteTaskCommand.toggle(ada, task.id()));
        assertThat(undone.completed()).isFalse();
        assertThat(undone.completedAt()).isEmpty();
    }

    @Test
    void delete_removes_the_task() {
        Task task = adasTask();
        delete.deleteTask(new DeleteTaskCommand(ada, task.id(), ExpectedVersions.of(task.version())));
        assertThatThrownBy(() -> get.getTask(new GetTaskQuery(ada, task.id())))
                .isInstanceOf(TaskNotFoundException.class);
    }
}

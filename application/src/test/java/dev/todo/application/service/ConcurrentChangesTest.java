package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.TaskVersionMismatchException;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTaskRepository store = new InMemoryTaskRepository();
    private final RacingTaskRepository racing = new RacingTaskRepository(store);
    private final UserId ada = UserId.random();
    private final Task task = store.add(new NewTask(ada, TaskDetails.titled("contended"), clock.instant()));

    @Test
    void an_unconditional_replace_applies_on_top_of_a_rivals_change_reading_the_task_once() {
        var command = new ReplaceTaskCommand(ada, task.id(), TaskDetails.titled("mine"), ExpectedVersions.ANY);

        Task result =
                new ReplaceTaskService(racing, new Occurrences(RecurrenceExpander.NONE), clock).replaceTask(command);

        // the rival completed the task first; our change applies on top of it instead of being lost
        assertThat(result.completed()).isTrue();
        assertThat(result.title().value()).isEqualTo("mine");
        assertThat(result.version()).isEqualTo(3);
        assertThat(racing.changeCalls()).isEqualTo(1);
    }

    @Test
    void an_unconditional_toggle_after_a_rivals_toggle_is_not_lost() {
        Task result = new CompleteTaskService(racing, new Occurrences(RecurrenceExpander.NONE), clock)
                .completeTask(CompleteTaskCommand.toggle(ada, task.id()));

        assertThat(result.completed()).isFalse();
        assertThat(result.version()).isEqualTo(3);
    }

    @Test
    void a_conditional_toggle_after_a_rivals_change_fails_with_the_current_version() {
        var command = new CompleteTaskCommand(ada, task.id(), Optional.empty(), ExpectedVersions.of(task.version()));

        assertThatThrownBy(() -> new CompleteTaskService(racing, new Occurrences(RecurrenceExpander.NONE), clock)
                        .completeTask(command))
                .isInstanceOfSatisfying(
                        TaskVersionMismatchException.class,
                        e -> assertThat(e.actual()).isEqualTo(2));
        assertThat(racing.changeCalls()).isEqualTo(1);
    }

    @Test
    void a_conditional_change_after_a_rivals_change_fails_with_the_current_version() {
        var command =
                new ReplaceTaskCommand(ada, task.id(), TaskDetails.titled("mine"), ExpectedVersions.of(task.version()));

        assertThatThrownBy(() -> new ReplaceTaskService(racing, new Occurrences(RecurrenceExpander.NONE), clock)
                        .replaceTask(command))
                .isInstanceOfSatisfying(
                        TaskVersionMismatchException.class,
                        e -> assertThat(e.actual()).isEqualTo(2));
        assertThat(store.find(ada, task.id()).orElseThrow().title().value()).isEqualTo("contended");
    }

    @Test
    void a_change_accepting_several_versions_applies_when_the_task_has_one_of_them() {
        var command = new ReplaceTaskCommand(
                ada, task.id(), TaskDetails.titled("mine"), ExpectedVersions.oneOf(List.of(1L, 2L)));

        Task result =
                new ReplaceTaskService(racing, new Occurrences(RecurrenceExpander.NONE), clock).replaceTask(command);

        assertThat(result.title().value()).isEqualTo("mine");
        assertThat(result.version()).isEqualTo(3);
    }

    @Test
    void a_conditional_delete_after_a_rivals_change_fails_and_keeps_the_task() {
        var command = DeleteTaskCommand.ifVersion(ada, task.id(), task.version());

        assertThatThrownBy(() -> new DeleteTaskService(racing, java.time.Clock.systemUTC()).deleteTask(command))
                .isInstanceOf(TaskVersionMismatchException.class);
        assertThat(store.find(ada, task.id())).isPresent();
    }
}

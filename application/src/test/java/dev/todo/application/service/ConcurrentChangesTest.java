package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.TaskVersionMismatchException;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTaskRepository store = new InMemoryTaskRepository();
    private final RacingTaskRepository racing = new RacingTaskRepository(store);
    private final UserId ada = UserId.random();
    private final Task task = store.add(new NewTask(ada, TaskDetails.titled("contended"), clock.instant()));

    @Test
    void an_unconditional_replace_that_loses_a_race_is_retried_on_the_new_state() {
        var command = new ReplaceTaskCommand(ada, task.id(), TaskDetails.titled("mine"), OptionalLong.empty());

        Task result = new ReplaceTaskService(racing, clock).replaceTask(command);

        // the rival completed the task first; our change applies on top of it instead of being lost
        assertThat(result.completed()).isTrue();
        assertThat(result.title().value()).isEqualTo("mine");
        assertThat(result.version()).isEqualTo(3);
    }

    @Test
    void a_conditional_toggle_that_loses_a_race_fails_with_the_current_version() {
        var command = new CompleteTaskCommand(ada, task.id(), Optional.empty(), OptionalLong.of(task.version()));

        assertThatThrownBy(() -> new CompleteTaskService(racing, clock).completeTask(command))
                .isInstanceOfSatisfying(
                        TaskVersionMismatchException.class,
                        e -> assertThat(e.actual()).isEqualTo(2));
    }

    @Test
    void a_conditional_change_that_loses_a_race_fails_with_the_current_version() {
        var command =
                new ReplaceTaskCommand(ada, task.id(), TaskDetails.titled("mine"), OptionalLong.of(task.version()));

        assertThatThrownBy(() -> new ReplaceTaskService(racing, clock).replaceTask(command))
                .isInstanceOfSatisfying(
                        TaskVersionMismatchException.class,
                        e -> assertThat(e.actual()).isEqualTo(2));
        assertThat(store.find(ada, task.id()).orElseThrow().title().value()).isEqualTo("contended");
    }
}

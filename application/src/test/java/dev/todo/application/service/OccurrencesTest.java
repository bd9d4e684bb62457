package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.TodoCore;
import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.out.StepExpander;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OccurrencesTest {
    private final UserId ada = UserId.random();

    /** A core without an expander, over a store where another core saved a repeating task. */
    @Test
    void a_core_without_an_expander_refuses_to_complete_a_repeating_task_and_leaves_it_open() {
        var store = new InMemoryTaskRepository();
        var details = TaskDetails.titled("Stand-up")
                .withDueAt(Instant.now().plusSeconds(86_400))
                .withRecurrence(Recurrence.parse("daily").orElseThrow(), ZoneId.of("UTC"));
        Task task =
                TodoCore.over(store).withRecurrence(new StepExpander()).createTask(CreateTaskCommand.of(ada, details));
        TodoCore plain = TodoCore.over(store);

        assertThatThrownBy(() -> plain.completeTask(CompleteTaskCommand.set(ada, task.id(), true)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("recurrence"));
        assertThat(plain.getTask(GetTaskQuery.of(ada, task.id())).completed()).isFalse();
    }
}

package dev.todo.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.FieldViolation;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What embedders call directly: the factories of the commands, and one exception family for invalid input. */
class EmbedderApiTest {
    private final UserId ada = UserId.of("ada");
    private final TaskId id = TaskId.of(7);
    private final TaskDetails details = TaskDetails.titled("Write the report");

    @Test
    void factories_build_the_unconditional_and_the_conditional_commands() {
        assertThat(DeleteTaskCommand.of(ada, id)).isEqualTo(new DeleteTaskCommand(ada, id, ExpectedVersions.ANY));
        assertThat(DeleteTaskCommand.ifVersion(ada, id, 3))
                .isEqualTo(new DeleteTaskCommand(ada, id, ExpectedVersions.of(3)));
        assertThat(ReplaceTaskCommand.of(ada, id, details))
                .isEqualTo(new ReplaceTaskCommand(ada, id, details, ExpectedVersions.ANY));
        assertThat(ReplaceTaskCommand.ifVersion(ada, id, details, 3))
                .isEqualTo(new ReplaceTaskCommand(ada, id, details, ExpectedVersions.of(3)));
        assertThat(CompleteTaskCommand.set(ada, id, true))
                .isEqualTo(new CompleteTaskCommand(ada, id, Optional.of(true), ExpectedVersions.ANY));
        assertThat(GetTaskQuery.of(ada, id)).isEqualTo(new GetTaskQuery(ada, id));
        assertThat(CreateTaskCommand.of(ada, details)).isEqualTo(new CreateTaskCommand(ada, details));
        assertThat(ListTasksQuery.firstPage(ada)
                        .withStatus(CompletionStatus.COMPLETED)
                        .filter())
                .isEqualTo(TaskFilter.ALL.withStatus(CompletionStatus.COMPLETED));
    }

    @Test
    void a_limit_out_of_range_is_a_validation_failure_of_the_field_limit() {
        assertThatThrownBy(() -> ListTasksQuery.firstPage(ada).withLimit(500))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("limit"));
    }

    @Test
    void an_invalid_cursor_is_a_validation_failure_of_the_field_cursor() {
        ValidationException failure = new InvalidPageCursorException("unknown format");

        assertThat(failure.violations()).extracting(FieldViolation::field).containsExactly("cursor");
        assertThat(failure).hasMessageContaining("unknown format");
    }
}

package dev.todo.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.ValidationException;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {
    @Test
    void accepts_1_to_255_visible_ascii_characters_and_nothing_else() {
        assertThat(new IdempotencyKey("a").value()).isEqualTo("a");
        assertThat(new IdempotencyKey("~".repeat(255)).value()).hasSize(255);
        assertThat(new IdempotencyKey("8e0f-4b6a:\"x\"!").value()).isEqualTo("8e0f-4b6a:\"x\"!");
        for (String bad : new String[] {"", " ", "a b", "tab\t", "x".repeat(256), "caf\u00e9", "line\n"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("Idempotency-Key"));
        }
    }

    @Test
    void the_fingerprint_is_the_same_for_the_same_task_and_differs_for_any_other_content() {
        UserId ada = UserId.random();
        TaskDetails details = TaskDetails.parse(
                "Pay", "the invoice", "high", Instant.parse("2030-01-01T10:00:00Z"), java.util.List.of("work"));
        byte[] base = new CreateTaskCommand(ada, details, false).fingerprint();

        assertThat(new CreateTaskCommand(UserId.random(), details, false).fingerprint())
                .as("the owner is the key's scope, not its content")
                .isEqualTo(base)
                .hasSize(32);
        for (CreateTaskCommand other : new CreateTaskCommand[] {
            new CreateTaskCommand(ada, details, true),
            new CreateTaskCommand(ada, details.withDescription(null), false),
            new CreateTaskCommand(ada, details.withPriority(null), false),
            new CreateTaskCommand(ada, details.withDueAt(null), false),
            new CreateTaskCommand(ada, details.withTags(), false),
            new CreateTaskCommand(ada, details.withTags("work", "home"), false)
        }) {
            assertThat(other.fingerprint()).as(other.toString()).isNotEqualTo(base);
        }
    }
}

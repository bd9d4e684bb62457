package dev.todo.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final Task task = Task.create(UserId.of("owner-1"), TaskDetails.titled("Write tests"), T0)
            .withId(TaskId.of(7));

    @Test
    void a_new_task_is_pending_at_the_first_version() {
        assertThat(task.completed()).isFalse();
        assertThat(task.completedAt()).isEmpty();
        assertThat(task.version()).isEqualTo(Task.FIRST_VERSION);
        assertThat(task.updatedAt()).isEqualTo(T0);
    }

    @Test
    void a_task_created_completed_was_completed_when_it_was_created() {
        Task done = Task.create(UserId.of("owner-1"), TaskDetails.titled("Done already"), T0)
                .withCompleted(true)
                .withId(TaskId.of(8));

        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).contains(T0);
        assertThat(done.version()).isEqualTo(Task.FIRST_VERSION);
    }

    @Test
    void completing_records_when_and_uncompleting_clears_it() {
        Task done = task.markCompleted(true, T0.plusSeconds(5));
        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).contains(T0.plusSeconds(5));
        assertThat(done.updatedAt()).isEqualTo(T0.plusSeconds(5));

        Task undone = done.toggleCompleted(T0.plusSeconds(9));
        assertThat(undone.completed()).isFalse();
        assertThat(undone.completedAt()).isEmpty();
    }

    @Test
    void setting_the_current_state_changes_nothing() {
        assertThat(task.markCompleted(false, T0.plusSeconds(5))).isSameAs(task);
    }

    @Test
    void replacing_details_keeps_identity_and_completion() {
        Task done = task.markCompleted(true, T0.plusSeconds(1));
        Task edited = done.replaceDetails(TaskDetails.titled("Write more tests"), T0.plusSeconds(2));
        assertThat(edited.id()).isEqualTo(task.id());
        assertThat(edited.completed()).isTrue();
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(edited.updatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(edited.title().value()).isEqualTo("Write more tests");
    }

    @Test
    void searchable_text_is_lowercased_title_and_description() {
        Task described = task.replaceDetails(TaskDetails.titled("ABC").withDescription("Déf"), T0);
        assertThat(described.searchableText()).isEqualTo("abc\ndéf");
    }
}

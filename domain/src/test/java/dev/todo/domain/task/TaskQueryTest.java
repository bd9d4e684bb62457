package dev.todo.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.ValidationException;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskQueryTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Task task(long id, TaskDetails details) {
        return Task.create(UserId.of("u"), details, T0).withId(TaskId.of(id));
    }

    @Test
    void text_queries_split_into_lowercase_terms() {
        assertThat(TextQuery.parse("  Milk   BREAD ")).contains(new TextQuery(java.util.List.of("milk", "bread")));
        assertThat(TextQuery.parse("   ")).isEmpty();
        assertThatThrownBy(() -> TextQuery.parse("x".repeat(201))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TextQuery.parse("a b c d e f g h i j k")).isInstanceOf(ValidationException.class);
    }

    @Test
    void absent_due_times_sort_after_present_ones_ascending() {
        Task none = task(1, TaskDetails.titled("none"));
        Task late = task(2, TaskDetails.titled("late").withDueAt(T0.plusSeconds(10)));
        Task soon = task(3, TaskDetails.titled("soon").withDueAt(T0));
        var order = new TaskOrder(TaskSort.DUE_DATE, SortDirection.ASC);

        assertThat(java.util.stream.Stream.of(none, late, soon).sorted(order.tasks()))
                .containsExactly(soon, late, none);
        assertThat(java.util.stream.Stream.of(none, late, soon)
                        .sorted(new TaskOrder(TaskSort.DUE_DATE, SortDirection.DESC).tasks()))
                .containsExactly(none, late, soon);
    }

    @Test
    void ties_are_broken_by_id_in_the_same_direction() {
        Task a = task(1, TaskDetails.titled("Same"));
        Task b = task(2, TaskDetails.titled("same"));
        var asc = new TaskOrder(TaskSort.TITLE, SortDirection.ASC);
        assertThat(asc.isAfter(b, asc.positionOf(a))).isTrue();
        assertThat(new TaskOrder(TaskSort.TITLE, SortDirection.DESC).isAfter(a, TaskPosition.of(b, TaskSort.TITLE)))
                .isTrue();
    }

    @Test
    void each_sort_key_has_the_direction_people_expect() {
        assertThat(TaskOrder.of(TaskSort.CREATED).direction()).isEqualTo(SortDirection.DESC);
        assertThat(TaskOrder.of(TaskSort.TITLE).direction()).isEqualTo(SortDirection.ASC);
        assertThat(TaskOrder.of(TaskSort.DUE_DATE).direction()).isEqualTo(SortDirection.ASC);
        assertThat(TaskOrder.of(TaskSort.PRIORITY).direction()).isEqualTo(SortDirection.DESC);
        assertThatThrownBy(() -> TaskSort.parse("random")).isInstanceOf(ValidationException.class);
    }
}

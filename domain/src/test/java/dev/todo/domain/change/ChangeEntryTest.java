package dev.todo.domain.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeEntryTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private final Task task =
            Task.create(UserId.random(), TaskDetails.titled("Entry"), AT).withId(TaskId.of(7));

    @Test
    void only_a_purge_has_no_task_and_only_a_deletion_has_deleted_at() {
        assertThat(ChangeEntry.purged(3, TaskId.of(7), AT).task()).isEmpty();
        TrashedTask trashed = TrashedTask.of(task, AT);
        assertThat(ChangeEntry.deleted(2, trashed, AT).trashed()).contains(trashed);
        assertThat(ChangeEntry.of(1, ChangeType.CREATED, task, AT).trashed()).isEmpty();

        assertThatThrownBy(
                        () -> new ChangeEntry(1, ChangeType.PURGED, task.id(), AT, Optional.of(task), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new ChangeEntry(1, ChangeType.UPDATED, task.id(), AT, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ChangeEntry(1, ChangeType.DELETED, task.id(), AT, Optional.of(task), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new ChangeEntry(1, ChangeType.UPDATED, task.id(), AT, Optional.of(task), Optional.of(AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_count_from_one_and_the_task_is_the_entrys_task() {
        assertThatThrownBy(() -> ChangeEntry.of(0, ChangeType.CREATED, task, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ChangeEntry(1, ChangeType.CREATED, TaskId.of(8), AT, Optional.of(task), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wire_names_round_trip_and_a_replacement_that_changes_completion_is_a_completion_or_a_reopening() {
        assertThat(Arrays.stream(ChangeType.values()).map(type -> ChangeType.fromWireName(type.wireName())))
                .allSatisfy(found -> assertThat(found).isPresent());
        assertThat(ChangeType.fromWireName("task.exploded")).isEmpty();
        assertThat(ChangeType.ofReplacement(false, false)).isEqualTo(ChangeType.UPDATED);
        assertThat(ChangeType.ofReplacement(true, true)).isEqualTo(ChangeType.UPDATED);
        assertThat(ChangeType.ofReplacement(false, true)).isEqualTo(ChangeType.COMPLETED);
        assertThat(ChangeType.ofReplacement(true, false)).isEqualTo(ChangeType.REOPENED);
    }
}

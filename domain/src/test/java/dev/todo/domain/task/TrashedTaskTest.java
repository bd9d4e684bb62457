package dev.todo.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrashedTaskTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant DELETED = Instant.parse("2026-03-02T10:00:00.1234567Z");

    private final Task task = Task.create(UserId.random(), TaskDetails.titled("Old"), CREATED)
            .withCompleted(true)
            .withId(TaskId.of(7));

    @Test
    void trashing_keeps_id_fields_completion_and_created_at_and_advances_the_version() {
        TrashedTask trashed = TrashedTask.of(task, DELETED);

        assertThat(trashed.deletedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123456Z"));
        assertThat(trashed.task().id()).isEqualTo(task.id());
        assertThat(trashed.task().details()).isEqualTo(task.details());
        assertThat(trashed.task().completedAt()).isEqualTo(task.completedAt());
        assertThat(trashed.task().createdAt()).isEqualTo(CREATED);
        assertThat(trashed.task().updatedAt()).isEqualTo(trashed.deletedAt());
        assertThat(trashed.task().version()).isEqualTo(task.version() + 1);
    }

    @Test
    void restoring_advances_the_version_and_sets_updated_at() {
        Instant restoredAt = DELETED.plusSeconds(60);

        Task restored = TrashedTask.of(task, DELETED).restoredAt(restoredAt);

        assertThat(restored.version()).isEqualTo(task.version() + 2);
        assertThat(restored.updatedAt()).isEqualTo(TaskTimes.precise(restoredAt));
        assertThat(restored.details()).isEqualTo(task.details());
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.in.ChangeSink;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeRead;
import dev.todo.application.service.ChangeFeed;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** FR-622 on PostgreSQL: an entry whose transaction commits late holds back the later ones, so no reader skips it. */
@ExtendWith(SharedPostgresExtension.class)
class ChangePositionsTest {
    private static final String SLOW_INSERT = """
            insert into tasks (user_id, title, title_key, completed, priority, tags, search, created_at,
                               updated_at, version)
            values (?, 'slow', 'slow', false, 0, '{}', 'slow', now(), now(), 1)
            returning id
            """;

    private final PostgresTestDatabase database;

    ChangePositionsTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Test
    void an_entry_committed_after_a_later_one_is_held_back_until_then_and_read_first() {
        UserId ada = UserId.random();
        ChangeLog log = database.persistence().changeLog();
        long start = log.read(ada, Long.MAX_VALUE, 0).position();
        long slowId;
        Task fast;
        try (Handle slow = database.admin().open()) {
            slow.begin();
            slowId = slow.createQuery(SLOW_INSERT)
                    .bind(0, ada.value())
                    .mapTo(Long.class)
                    .one();
            fast = database.persistence()
                    .taskRepository()
                    .add(new NewTask(ada, TaskDetails.titled("fast"), Instant.now()));

            ChangeRead whileSlowRuns = log.read(ada, start, 10);

            assertThat(whileSlowRuns.entries()).isEmpty();
            assertThat(whileSlowRuns.heldBack()).isTrue();
            assertThat(whileSlowRuns.isUnbrokenAfter(start)).isTrue();
            slow.commit();
        }

        ChangeRead afterwards = log.read(ada, start, 10);

        assertThat(afterwards.entries()).extracting(ChangeEntry::taskId).containsExactly(TaskId.of(slowId), fast.id());
        assertThat(afterwards.entries()).extracting(ChangeEntry::id).isSorted();
        assertThat(afterwards.heldBack()).isFalse();
        assertThat(afterwards.position())
                .isGreaterThanOrEqualTo(afterwards.entries().get(1).id());
    }

    @Test
    void a_watcher_gets_an_entry_that_was_held_back_soon_after_its_transaction_ends_without_another_signal()
            throws Exception {
        UserId ada = UserId.random();
        BlockingQueue<ChangeEntry> delivered = new LinkedBlockingQueue<>();
        try (ChangeFeed feed = new ChangeFeed(database.persistence().changeLog(), Duration.ofHours(1));
                Handle slow = database.admin().open()) {
            feed.watch(ada, OptionalLong.empty(), new ChangeSink() {
                @Override
                public void deliver(ChangeEntry entry) {
                    delivered.add(entry);
                }

                @Override
                public void lostTrack() {
                    delivered.add(ChangeEntry.purged(Long.MAX_VALUE, TaskId.of(1), Instant.EPOCH));
                }
            });
            slow.begin();
            long slowId = slow.createQuery(SLOW_INSERT)
                    .bind(0, ada.value())
                    .mapTo(Long.class)
                    .one();
            Task fast = database.persistence()
                    .taskRepository()
                    .add(new NewTask(ada, TaskDetails.titled("fast"), Instant.now()));
            feed.grew(ada); // the signal of the fast write; the slow one sends none

            assertThat(delivered.poll(300, TimeUnit.MILLISECONDS)).isNull();
            slow.commit();

            assertThat(delivered.poll(1, TimeUnit.SECONDS))
                    .extracting(ChangeEntry::taskId)
                    .isEqualTo(TaskId.of(slowId));
            assertThat(delivered.poll(1, TimeUnit.SECONDS))
                    .extracting(ChangeEntry::taskId)
                    .isEqualTo(fast.id());
        }
    }

    @Test
    void a_transaction_cannot_record_more_changes_than_its_ids_have_room_for() {
        UserId ada = UserId.random();
        try (Handle bulk = database.admin().open()) {
            bulk.begin();
            String many = "insert into tasks (user_id, title, title_key, completed, priority, tags, search, created_at,"
                    + " updated_at, version) select ?, 'bulk', 'bulk', false, 0, '{}', 'bulk', now(), now(), 1"
                    + " from generate_series(1, ?)";
            assertThat(bulk.createUpdate(many)
                            .bind(0, ada.value())
                            .bind(1, 4095)
                            .execute())
                    .isEqualTo(4095);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.createUpdate(many)
                            .bind(0, ada.value())
                            .bind(1, 1)
                            .execute())
                    .hasMessageContaining("at most 4095 task changes");
            bulk.rollback();
        }
    }
}

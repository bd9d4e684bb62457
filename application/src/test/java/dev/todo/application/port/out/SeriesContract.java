package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.service.CompleteTaskService;
import dev.todo.application.service.Occurrences;
import dev.todo.application.service.ReplaceTaskService;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Series of occurrences every task store must keep (specs/007 FR-710…FR-717): completing an occurrence
 * creates the next one with it, once; reopening withdraws an untouched next one. Run through the services,
 * on the store's own transactions.
 */
public abstract class SeriesContract {
    /** Tomorrow, to the second: the services' clock stands a little before the first due time. */
    private static final Instant DUE =
            Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    private static final Instant NOW = DUE.minus(Duration.ofHours(2));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final UserId ada = UserId.random();

    protected abstract TaskRepository tasks();

    protected abstract ChangeLog changeLog();

    /** The expander the store's composition uses; daily and weekly rules without BYDAY are enough here. */
    protected abstract RecurrenceExpander expander();

    private CompleteTaskService completion(Instant now) {
        return new CompleteTaskService(tasks(), new Occurrences(expander()), Clock.fixed(now, BERLIN));
    }

    private Task repeating(String rule) {
        var details = TaskDetails.titled("Stand-up")
                .withDueAt(DUE)
                .withRemindAt(DUE.minus(Duration.ofMinutes(15)))
                .withRecurrence(Recurrence.parse(rule).orElseThrow(), BERLIN);
        return tasks().add(new NewTask(ada, details, NOW.minusSeconds(60)));
    }

    private Task complete(Task task, Instant now) {
        return completion(now).completeTask(CompleteTaskCommand.set(ada, task.id(), true));
    }

    private Task reopen(Task task) {
        return completion(NOW).completeTask(CompleteTaskCommand.set(ada, task.id(), false));
    }

    private Task stored(TaskId id) {
        return tasks().find(ada, id).orElseThrow();
    }

    private List<Task> all() {
        return tasks().list(ada, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 100));
    }

    @Test
    void a_new_repeating_task_names_its_series_by_its_own_id_and_starts_its_rule_at_its_due_time() {
        Task first = repeating("daily");

        assertThat(stored(first.id()).place().seriesId()).contains(first.id());
        assertThat(stored(first.id()).place().ruleStart())
                .isEqualTo(first.details().localDue());
        assertThat(stored(first.id())).isEqualTo(first);
    }

    @Test
    void completing_an_occurrence_creates_the_next_one_with_the_reminder_as_far_before_it() {
        Task first = repeating("daily");

        Task completed = complete(first, NOW);

        assertThat(completed.completed()).isTrue();
        TaskId nextId = completed.place().nextOccurrenceId().orElseThrow();
        Task next = stored(nextId);
        assertThat(next.completed()).isFalse();
        assertThat(next.version()).isEqualTo(Task.FIRST_VERSION);
        assertThat(next.dueAt()).contains(DUE.plus(Duration.ofDays(1)));
        assertThat(next.remindAt()).contains(DUE.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(15)));
        assertThat(next.title()).isEqualTo(first.title());
        assertThat(next.recurrence()).isEqualTo(first.recurrence());
        assertThat(next.details().timeZone()).isEqualTo(BERLIN);
        assertThat(next.place().seriesId()).contains(first.id());
        assertThat(next.place().nextOccurrenceId()).isEmpty();
        assertThat(stored(first.id())).isEqualTo(completed);
    }

    @Test
    void the_log_holds_the_next_occurrences_creation_before_the_completion() {
        Task first = repeating("daily");

        Task completed = complete(first, NOW);

        List<ChangeEntry> entries = changeLog().read(ada, 0, 100).entries();
        assertThat(entries)
                .extracting(ChangeEntry::type)
                .containsExactly(ChangeType.CREATED, ChangeType.CREATED, ChangeType.COMPLETED);
        assertThat(entries.get(1).taskId())
                .isEqualTo(completed.place().nextOccurrenceId().orElseThrow());
        assertThat(entries.get(2).taskId()).isEqualTo(first.id());
    }

    @Test
    void completing_again_or_concurrently_creates_no_second_next_occurrence() throws Exception {
        Task first = repeating("daily");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Task>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> complete(first, NOW));
            }
            for (Future<Task> done : pool.invokeAll(racers)) {
                assertThat(done.get().completed()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        complete(first, NOW);

        assertThat(all()).hasSize(2);
        assertThat(stored(first.id()).place().nextOccurrenceId())
                .contains(all().stream()
                        .filter(t -> !t.completed())
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void missed_instances_are_skipped_and_a_used_up_rule_creates_nothing() {
        Task first = repeating("FREQ=DAILY;COUNT=5");

        Task completed = complete(first, DUE.plus(Duration.ofDays(2)).plusSeconds(1));
        Task next = stored(completed.place().nextOccurrenceId().orElseThrow());
        assertThat(next.dueAt()).contains(DUE.plus(Duration.ofDays(3)));

        Task last = stored(complete(next, DUE.plus(Duration.ofDays(3)).plusSeconds(1))
                .place()
                .nextOccurrenceId()
                .orElseThrow());
        assertThat(last.dueAt()).contains(DUE.plus(Duration.ofDays(4)));
        Task ended = complete(last, DUE.plus(Duration.ofDays(4)).plusSeconds(1));
        assertThat(ended.place().nextOccurrenceId()).isEmpty();
        assertThat(all()).hasSize(3);
    }

    @Test
    void reopening_withdraws_an_untouched_next_occurrence_to_the_trash() {
        Task first = repeating("daily");
        TaskId nextId = complete(first, NOW).place().nextOccurrenceId().orElseThrow();

        Task reopened = reopen(first);

        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.place().nextOccurrenceId()).isEmpty();
        assertThat(tasks().find(ada, nextId)).isEmpty();
        assertThat(tasks().listTrash(ada, new TrashSlice(Optional.empty(), 10)))
                .extracting(trashed -> trashed.task().id())
                .containsExactly(nextId);
        TaskId again = complete(first, NOW).place().nextOccurrenceId().orElseThrow();
        assertThat(again).isNotEqualTo(nextId);
        assertThat(all()).hasSize(2);
    }

    @Test
    void a_next_occurrence_edited_since_stays_when_its_predecessor_is_reopened() {
        Task first = repeating("daily");
        TaskId nextId = complete(first, NOW).place().nextOccurrenceId().orElseThrow();
        Task next = stored(nextId);
        new ReplaceTaskService(tasks(), new Occurrences(expander()), Clock.fixed(NOW, BERLIN))
                .replaceTask(ReplaceTaskCommand.of(ada, nextId, next.details().withDescription("agenda")));

        Task reopened = reopen(first);

        assertThat(reopened.place().nextOccurrenceId()).contains(nextId);
        assertThat(tasks().find(ada, nextId)).isPresent();
        assertThat(complete(first, NOW).place().nextOccurrenceId()).contains(nextId);
        assertThat(all()).hasSize(2);
    }

    @Test
    void a_replacement_that_completes_creates_the_next_occurrence_and_a_new_rule_restarts_the_series() {
        Task first = repeating("daily");
        var weekly = first.details()
                .withDueAt(DUE.plus(Duration.ofHours(1)))
                .withRecurrence(Recurrence.parse("weekly").orElseThrow(), BERLIN);

        Task completed = new ReplaceTaskService(tasks(), new Occurrences(expander()), Clock.fixed(NOW, BERLIN))
                .replaceTask(new ReplaceTaskCommand(ada, first.id(), weekly, Optional.of(true), ExpectedVersions.ANY));

        Task next = stored(completed.place().nextOccurrenceId().orElseThrow());
        assertThat(next.dueAt()).contains(DUE.plus(Duration.ofHours(1)).plus(Duration.ofDays(7)));
        assertThat(next.place().seriesId()).contains(first.id());
        assertThat(completed.place().ruleStart()).isEqualTo(weekly.localDue());
    }

    @Test
    void a_trashed_open_occurrence_continues_its_series_when_restored() {
        Task first = repeating("daily");
        tasks().moveToTrash(ada, first.id(), task -> {}, NOW);
        Task restored = tasks().restore(ada, first.id(), NOW).orElseThrow();

        assertThat(restored.place()).isEqualTo(first.place());
        assertThat(complete(restored, NOW).place().nextOccurrenceId()).isPresent();
    }

    @Test
    void a_task_that_stops_repeating_keeps_its_series_and_completes_in_one_step() {
        Task first = repeating("daily");
        var plain = first.details().withRecurrence(null, BERLIN);
        new ReplaceTaskService(tasks(), new Occurrences(expander()), Clock.fixed(NOW, BERLIN))
                .replaceTask(ReplaceTaskCommand.of(ada, first.id(), plain));

        Task completed = complete(first, NOW);

        assertThat(completed.place().seriesId()).contains(first.id());
        assertThat(completed.place().nextOccurrenceId()).isEmpty();
        assertThat(all()).hasSize(1);
    }

    @Test
    void a_listing_keeps_one_series_and_leaves_its_history_out_when_asked() {
        Task first = repeating("daily");
        Task other = repeating("weekly");
        Task completed = complete(first, NOW);
        TaskId next = completed.place().nextOccurrenceId().orElseThrow();

        var series = TaskFilter.ALL.withSeries(first.id());
        assertThat(tasks().list(ada, new TaskSlice(series, TaskOrder.DEFAULT, Optional.empty(), 10)))
                .extracting(Task::id)
                .containsExactlyInAnyOrder(first.id(), next);
        assertThat(tasks().list(ada, new TaskSlice(series.withHistory(false), TaskOrder.DEFAULT, Optional.empty(), 10)))
                .extracting(Task::id)
                .containsExactly(next);
        assertThat(tasks().list(
                                ada,
                                new TaskSlice(
                                        TaskFilter.ALL.withHistory(false), TaskOrder.DEFAULT, Optional.empty(), 10)))
                .extracting(Task::id)
                .containsExactlyInAnyOrder(next, other.id());
    }
}

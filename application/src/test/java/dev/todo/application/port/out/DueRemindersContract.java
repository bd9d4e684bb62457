package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reminders every task store must keep pending by the rule of specs/007 FR-721 and fire once (FR-722, FR-723). */
public abstract class DueRemindersContract {
    private static final Instant T0 =
            Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final Instant REMIND = T0.plusSeconds(600);

    protected abstract TaskRepository tasks();

    protected abstract DueReminders reminders();

    protected abstract ChangeLog changeLog();

    private Task remindedTask(UserId owner) {
        return tasks().add(new NewTask(owner, TaskDetails.titled("Call Ada").withRemindAt(REMIND), T0));
    }

    private List<DueReminders.Due> dueOf(UserId owner, Instant now) {
        return reminders().dueBy(now, 10_000).stream()
                .filter(due -> due.owner().equals(owner))
                .toList();
    }

    private List<ChangeEntry> remindersLogged(UserId owner) {
        return changeLog().read(owner, 0, 1_000).entries().stream()
                .filter(entry -> entry.type() == ChangeType.REMINDER_DUE)
                .toList();
    }

    @Test
    void a_reminder_is_due_from_its_time_on_and_fires_once_with_the_task_unchanged() {
        UserId ada = UserId.random();
        Task task = remindedTask(ada);

        assertThat(dueOf(ada, REMIND.minusSeconds(1))).isEmpty();
        List<DueReminders.Due> due = dueOf(ada, REMIND);
        assertThat(due).containsExactly(new DueReminders.Due(ada, task.id(), REMIND));

        assertThat(reminders().fire(due.get(0), REMIND.plusSeconds(1))).isTrue();
        assertThat(reminders().fire(due.get(0), REMIND.plusSeconds(2))).isFalse();

        assertThat(dueOf(ada, REMIND.plusSeconds(60))).isEmpty();
        List<ChangeEntry> logged = remindersLogged(ada);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).task()).contains(task);
        assertThat(tasks().find(ada, task.id())).contains(task);
    }

    @Test
    void completing_or_trashing_disarms_and_reopening_or_restoring_before_the_time_arms_again() {
        UserId ada = UserId.random();
        Task task = remindedTask(ada);

        tasks().complete(ada, task.id(), Optional.of(true), T0.plusSeconds(1));
        assertThat(dueOf(ada, REMIND)).isEmpty();
        tasks().complete(ada, task.id(), Optional.of(false), T0.plusSeconds(2));
        assertThat(dueOf(ada, REMIND)).hasSize(1);
        tasks().moveToTrash(ada, task.id(), t -> {}, T0.plusSeconds(3));
        assertThat(dueOf(ada, REMIND)).isEmpty();
        tasks().restore(ada, task.id(), T0.plusSeconds(4));
        assertThat(dueOf(ada, REMIND)).hasSize(1);
        tasks().complete(ada, task.id(), Optional.of(true), T0.plusSeconds(5));
        tasks().complete(ada, task.id(), Optional.of(false), REMIND.plusSeconds(1)); // reopened too late
        assertThat(dueOf(ada, REMIND.plusSeconds(60))).isEmpty();
    }

    @Test
    void moving_the_reminder_replaces_it_and_an_edit_that_keeps_it_keeps_it_armed() {
        UserId ada = UserId.random();
        Task task = remindedTask(ada);

        tasks().change(
                        ada,
                        task.id(),
                        t -> t.replaceDetails(t.details().withDescription("at noon"), T0.plusSeconds(1)));
        assertThat(dueOf(ada, REMIND)).hasSize(1);
        Instant later = REMIND.plusSeconds(3_600);
        tasks().change(ada, task.id(), t -> t.replaceDetails(t.details().withRemindAt(later), T0.plusSeconds(2)));

        assertThat(dueOf(ada, REMIND.plusSeconds(60))).isEmpty();
        assertThat(dueOf(ada, later)).extracting(DueReminders.Due::remindAt).containsExactly(later);
        tasks().change(ada, task.id(), t -> t.replaceDetails(t.details().withRemindAt(null), T0.plusSeconds(3)));
        assertThat(dueOf(ada, later)).isEmpty();
    }

    @Test
    void a_reminder_set_to_a_time_already_past_or_on_a_completed_task_never_fires() {
        UserId ada = UserId.random();
        tasks().add(new NewTask(ada, TaskDetails.titled("late").withRemindAt(T0.minusSeconds(1)), T0));
        tasks().add(new NewTask(ada, TaskDetails.titled("done").withRemindAt(REMIND), T0, true));

        assertThat(dueOf(ada, REMIND.plusSeconds(60))).isEmpty();
    }

    @Test
    void concurrent_firings_of_one_reminder_fire_it_once() throws Exception {
        UserId ada = UserId.random();
        remindedTask(ada);
        DueReminders.Due due = dueOf(ada, REMIND).get(0);
        var pool = Executors.newFixedThreadPool(4);
        List<Boolean> outcomes = new ArrayList<>();
        try {
            List<Callable<Boolean>> firings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                firings.add(() -> reminders().fire(due, REMIND.plusSeconds(1)));
            }
            for (Future<Boolean> outcome : pool.invokeAll(firings)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(remindersLogged(ada)).hasSize(1);
    }
}

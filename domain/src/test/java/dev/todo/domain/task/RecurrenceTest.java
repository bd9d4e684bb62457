package dev.todo.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.FieldViolation;
import dev.todo.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=DAILY                                  | FREQ=DAILY",
                "rrule:freq=weekly;byday=we,mo               | FREQ=WEEKLY;BYDAY=MO,WE",
                "FREQ=WEEKLY;INTERVAL=1;BYDAY=SU,MO,MO       | FREQ=WEEKLY;BYDAY=MO,SU",
                "FREQ=MONTHLY;BYMONTHDAY=-1,15,1             | FREQ=MONTHLY;BYMONTHDAY=1,15,-1",
                "FREQ=MONTHLY;BYDAY=-1FR,2TU                 | FREQ=MONTHLY;BYDAY=2TU,-1FR",
                "FREQ=MONTHLY;BYDAY=+2TU                     | FREQ=MONTHLY;BYDAY=2TU",
                "UNTIL=20261231;FREQ=YEARLY;INTERVAL=2       | FREQ=YEARLY;INTERVAL=2;UNTIL=20261231",
                "FREQ=DAILY;COUNT=10                         | FREQ=DAILY;COUNT=10",
                "FREQ=DAILY;UNTIL=20261231T235959Z           | FREQ=DAILY;UNTIL=20261231T235959Z",
                "daily                                       | FREQ=DAILY",
                "WEEKDAYS                                    | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "Monthly                                     | FREQ=MONTHLY",
                "yearly                                      | FREQ=YEARLY",
            })
    void accepted_rules_have_one_canonical_form_that_parses_to_the_same_rule(String sent, String canonical) {
        Recurrence rule = Recurrence.parse(sent).orElseThrow();

        assertThat(rule).hasToString(canonical);
        assertThat(Recurrence.parse(canonical)).contains(rule);
    }

    @Test
    void none_is_no_rule() {
        assertThat(Recurrence.parse(" None ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "FREQ=HOURLY                           | FREQ",
                "INTERVAL=2                            | FREQ",
                "FREQ=DAILY;INTERVAL=0                 | INTERVAL",
                "FREQ=DAILY;INTERVAL=1001              | INTERVAL",
                "FREQ=DAILY;COUNT=1001                 | COUNT",
                "FREQ=DAILY;COUNT=x                    | COUNT",
                "FREQ=WEEKLY;BYDAY=XX                  | BYDAY",
                "FREQ=WEEKLY;BYDAY=2TU                 | BYDAY",
                "FREQ=YEARLY;BYDAY=MO                  | BYDAY",
                "FREQ=MONTHLY;BYDAY=6MO                | BYDAY",
                "FREQ=MONTHLY;BYMONTHDAY=32            | BYMONTHDAY",
                "FREQ=MONTHLY;BYMONTHDAY=0             | BYMONTHDAY",
                "FREQ=WEEKLY;BYMONTHDAY=1              | BYMONTHDAY",
                "FREQ=DAILY;COUNT=3;UNTIL=20261231     | UNTIL",
                "FREQ=DAILY;UNTIL=2026-12-31           | UNTIL",
                "FREQ=DAILY;BYSETPOS=1                 | BYSETPOS",
                "FREQ=DAILY;WKST=SU                    | WKST",
                "FREQ=DAILY;RSCALE=GREGORIAN           | RSCALE",
                "FREQ=DAILY;FREQ=WEEKLY                | FREQ",
                "FREQ=DAILY;                           | -",
                "every day                             | -",
                "FREQ=DAILY;<script>=1                 | -",
            })
    void each_refused_rule_names_its_part(String sent, String part) {
        assertThatThrownBy(() -> Recurrence.parse(sent)).isInstanceOfSatisfying(ValidationException.class, e -> {
            FieldViolation violation = e.violations().get(0);
            assertThat(violation.field()).isEqualTo("recurrence");
            assertThat(violation.wrongPart()).isEqualTo(Optional.ofNullable(part));
            assertThat(violation.message()).isNotBlank();
        });
    }

    @Test
    void a_rule_longer_than_500_characters_is_refused() {
        String longRule = "FREQ=MONTHLY;BYMONTHDAY=" + "1,".repeat(250) + "2";

        assertThatThrownBy(() -> Recurrence.parse(longRule)).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_recurrence_needs_a_due_time_and_may_not_end_before_it_and_zones_are_iana_ids() {
        assertThatThrownBy(() -> TaskDetails.parse("t", null, null, null, null, null, "daily", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("recurrence"));
        Instant due = Instant.parse("2026-06-01T08:00:00Z");
        assertThatThrownBy(() -> TaskDetails.parse("t", null, null, due, null, null, "FREQ=DAILY;UNTIL=20260531", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TaskDetails.parse("", null, null, due, null, null, "daily", "+01:00"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder("title", "time_zone"));
        assertThat(TaskDetails.parse("t", null, null, due, null, null, "FREQ=DAILY;UNTIL=20260601", "Europe/Berlin")
                        .timeZone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void a_changed_rule_or_zone_restarts_the_series_and_a_moved_due_time_does_not() {
        Instant due = Instant.parse("2026-06-01T08:00:00Z");
        var details = TaskDetails.titled("t")
                .withDueAt(due)
                .withRecurrence(Recurrence.every(Frequency.DAILY), ZoneId.of("UTC"));
        Task task = new NewTask(dev.todo.domain.user.UserId.random(), details, due).withId(TaskId.of(7));
        assertThat(task.place().seriesId()).contains(TaskId.of(7));
        assertThat(task.place().ruleStart()).contains(LocalDateTime.parse("2026-06-01T08:00"));

        Task moved = task.replaceDetails(details.withDueAt(due.plusSeconds(3600)), due);
        assertThat(moved.place()).isEqualTo(task.place());

        Task weekly = task.replaceDetails(
                details.withDueAt(due.plusSeconds(3600))
                        .withRecurrence(Recurrence.every(Frequency.WEEKLY), ZoneId.of("UTC")),
                due);
        assertThat(weekly.place().ruleStart()).contains(LocalDateTime.parse("2026-06-01T09:00"));
        assertThat(weekly.place().seriesId()).contains(TaskId.of(7));

        Task stopped = task.replaceDetails(details.withRecurrence(null, ZoneId.of("UTC")), due);
        assertThat(stopped.place().ruleStart()).isEmpty();
        assertThat(stopped.place().seriesId()).contains(TaskId.of(7));
    }

    @Test
    void an_all_day_due_is_the_start_of_its_date_in_the_zone_and_needs_a_due_time() {
        var santiago = ZoneId.of("America/Santiago");
        Instant evening = Instant.parse("2026-09-06T20:00:00Z"); // 16:00 on 6 September in Santiago
        var details = TaskDetails.parse("t", null, null, evening, null, null, null, "America/Santiago", true);

        // midnight does not exist that day there: the date starts at 01:00
        assertThat(details.dueAt()).contains(Instant.parse("2026-09-06T04:00:00Z"));
        assertThat(details.dueAt().orElseThrow().atZone(santiago).toLocalDate()).hasToString("2026-09-06");
        assertThatThrownBy(() -> TaskDetails.parse("t", null, null, null, null, null, null, null, true))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("all_day"));
    }
}

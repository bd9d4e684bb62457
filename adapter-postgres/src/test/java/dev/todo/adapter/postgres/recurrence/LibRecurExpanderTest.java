package dev.todo.adapter.postgres.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expander across DST gaps and overlaps, month ends, leap days, ordinals, intervals, COUNT and UNTIL
 * (the table in recurrence/cases.csv), and stepping it occurrence by occurrence against the library's own
 * one-pass expansion of the same rule.
 */
class LibRecurExpanderTest {
    private final LibRecurExpander expander = new LibRecurExpander();

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvFileSource(resources = "/recurrence/cases.csv", delimiter = '|')
    void each_row_gives_its_written_instances(
            String zoneId, String start, String ruleText, String instances, String firstInstant) {
        ZoneId zone = ZoneId.of(zoneId);
        Recurrence rule = Recurrence.parse(ruleText).orElseThrow();
        LocalDateTime ruleStart = LocalDateTime.parse(start);
        var details = TaskDetails.titled("t")
                .withDueAt(Task.resolve(ruleStart, TaskDetails.titled("t").withRecurrence(null, zone)))
                .withRecurrence(rule, zone);

        List<String> stepped = new ArrayList<>();
        Instant after = details.dueAt().orElseThrow();
        for (String expected : instances.trim().split("\\s+")) {
            Optional<LocalDateTime> next = expander.nextInstance(rule, zone, ruleStart, after);
            stepped.add(next.map(LocalDateTime::toString).orElse("END"));
            if (next.isEmpty()) {
                break;
            }
            after = Task.resolve(next.get(), details);
        }

        assertThat(String.join(" ", stepped)).isEqualTo(instances.trim());
        if (firstInstant != null) {
            LocalDateTime first = LocalDateTime.parse(instances.trim().split("\\s+")[0]);
            assertThat(Task.resolve(first, details)).isEqualTo(Instant.parse(firstInstant.trim()));
        }
    }

    static List<Arguments> rulesAndStarts() {
        var cases = new ArrayList<Arguments>();
        for (String rule : List.of(
                "FREQ=DAILY",
                "FREQ=DAILY;INTERVAL=2",
                "FREQ=WEEKLY",
                "FREQ=WEEKLY;BYDAY=MO,TH",
                "FREQ=MONTHLY",
                "FREQ=MONTHLY;BYMONTHDAY=31",
                "FREQ=MONTHLY;BYMONTHDAY=-1",
                "FREQ=MONTHLY;BYDAY=-1FR",
                "FREQ=MONTHLY;INTERVAL=5",
                "FREQ=YEARLY",
                "FREQ=MONTHLY;COUNT=7",
                "FREQ=DAILY;BYMONTHDAY=28,29,30,31")) {
            for (String start :
                    List.of("2026-01-31T09:00", "2028-02-29T09:00", "2026-03-08T02:30", "2026-10-30T01:30")) {
                for (String zone : List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "UTC")) {
                    cases.add(Arguments.of(rule, start, zone));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} from {1} in {2}")
    @MethodSource("rulesAndStarts")
    void stepping_occurrence_by_occurrence_agrees_with_the_librarys_expansion(
            String ruleText, String start, String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        Recurrence rule = Recurrence.parse(ruleText).orElseThrow();
        LocalDateTime ruleStart = LocalDateTime.parse(start);
        var details = TaskDetails.titled("t").withRecurrence(null, zone);

        List<LocalDateTime> library = new ArrayList<>();
        var iterator = new RecurrenceRule(
                        rule + ";RSCALE=GREGORIAN;SKIP=BACKWARD", RecurrenceRule.RfcMode.RFC5545_STRICT)
                .iterator(new DateTime(
                        ruleStart.getYear(),
                        ruleStart.getMonthValue() - 1,
                        ruleStart.getDayOfMonth(),
                        ruleStart.getHour(),
                        ruleStart.getMinute(),
                        0));
        while (iterator.hasNext() && library.size() < 40) {
            DateTime next = iterator.nextDateTime();
            library.add(LocalDateTime.of(
                    next.getYear(), next.getMonth() + 1, next.getDayOfMonth(), next.getHours(), next.getMinutes()));
        }
        if (!library.get(0).equals(ruleStart)) {
            library.add(0, ruleStart); // the series start is its first instance even where the rule does not match it
            if (rule.count().isPresent()) {
                library.remove(library.size() - 1);
            }
        }

        List<LocalDateTime> stepped = new ArrayList<>(List.of(ruleStart));
        while (stepped.size() < library.size()) {
            Instant after = Task.resolve(stepped.get(stepped.size() - 1), details);
            Optional<LocalDateTime> next = expander.nextInstance(rule, zone, ruleStart, after);
            if (next.isEmpty()) {
                break;
            }
            stepped.add(next.get());
        }

        assertThat(stepped).isEqualTo(library);
        if (rule.count().isPresent()) {
            Instant afterLast = Task.resolve(stepped.get(stepped.size() - 1), details);
            assertThat(expander.nextInstance(rule, zone, ruleStart, afterLast)).isEmpty();
        }
    }
}

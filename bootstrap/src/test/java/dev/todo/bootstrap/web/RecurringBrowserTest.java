package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The repeat and all-day pickers (007 FR-740, FR-741): a task due all day on a date, repeating weekly on
 * chosen days, is stored with the browser's time zone, reads as such in the list, shows its next
 * occurrence once completed, and opens for editing with the same choices; a custom rule the server
 * refuses shows its error at the rule.
 */
@ExpectsFailedRequests({422})
@ExtendWith(WebUiExtension.class)
class RecurringBrowserTest {
    private static final DateTimeFormatter DATE_KEYS = DateTimeFormatter.ofPattern("MMddyyyy", Locale.US);
    private final WebUi ui;

    RecurringBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void a_weekly_all_day_task_is_picked_shown_completed_into_its_next_occurrence_and_edited() {
        String email = WebUi.uniqueEmail("repeating");
        ui.api().signUp("Repeating Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        String zone = (String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        LocalDate monday = LocalDate.now(ZoneId.of(zone)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        page.openAddDetails();
        page.type(By.id("add-title"), "Bins out");
        page.click(By.id("add-all_day"));
        assertThat(page.element(By.id("add-due_at")).getAttribute("type")).isEqualTo("date");
        page.element(By.id("add-due_at")).sendKeys(DATE_KEYS.format(monday));
        new Select(page.element(By.id("add-repeat"))).selectByValue("weekly");
        page.click(By.id("add-byday-MO"));
        page.click(By.id("add-byday-TH"));
        page.click(By.cssSelector("#add-form button[type=submit]"));

        String shown = page.task("Bins out").getText();
        assertThat(shown).contains("Repeats weekly on Mon, Thu").doesNotContain(":");
        TodoApi.Account account = page.storedAccount();
        JsonNode stored = ui.api().listTasks(account.token(), account.userId()).get(0);
        assertThat(stored.get("recurrence").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH");
        assertThat(stored.get("all_day").asBoolean()).isTrue();
        assertThat(stored.get("time_zone").asText()).isEqualTo(zone);
        ui.browser().screenshots("recurring-weekly-all-day");

        page.task("Bins out").findElement(By.cssSelector("input.task-done")).click();
        // the completed occurrence is history: the list shows the next one in its place
        ui.browser()
                .await()
                .until(driver -> page.titles().equals(List.of("Bins out"))
                        && !page.task("Bins out").getAttribute("class").contains("completed"));
        var open = StreamSupport.stream(
                        ui.api().listTasks(account.token(), account.userId()).spliterator(), false)
                .filter(task -> !task.get("completed").asBoolean())
                .toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("due_at").asText()).startsWith(zonedStartOf(monday.plusDays(3), zone));

        page.task("Bins out").findElement(By.cssSelector("button.history")).click();
        ui.browser().await().until(driver -> page.text(By.id("history-summary")).startsWith("Completed"));
        assertThat(page.text(By.id("history-summary"))).isEqualTo("Completed 1 time; repeats weekly on Mon, Thu.");
        assertThat(page.element(By.id("history-list")).findElements(By.tagName("li")))
                .hasSize(1);
        page.click(By.cssSelector("#history-dialog button[type=submit]"));

        page.task("Bins out").findElement(By.cssSelector("button.edit")).click();
        assertThat(new Select(page.element(By.id("edit-repeat")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("weekly");
        assertThat(page.element(By.id("edit-byday-MO")).isSelected()).isTrue();
        assertThat(page.element(By.id("edit-byday-TH")).isSelected()).isTrue();
        assertThat(page.element(By.id("edit-byday-WE")).isSelected()).isFalse();
        assertThat(page.element(By.id("edit-all_day")).isSelected()).isTrue();
        assertThat(page.element(By.id("edit-due_at")).getAttribute("value"))
                .isEqualTo(monday.plusDays(3).toString());

        new Select(page.element(By.id("edit-repeat"))).selectByValue("custom");
        page.type(By.id("edit-recurrence"), "FREQ=WEEKLY;BYDAY=XX");
        page.click(By.cssSelector("#edit-form button[type=submit]"));
        ui.browser()
                .await()
                .until(driver -> !page.text(By.id("edit-recurrence-error")).isEmpty());
        assertThat(page.text(By.id("edit-recurrence-error"))).contains("weekdays");
    }

    @Test
    void a_monthly_task_on_its_weekday_ends_after_three_times_and_reminds_an_hour_ahead() {
        String email = WebUi.uniqueEmail("monthly");
        ui.api().signUp("Monthly Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        String zone = (String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        // the second Tuesday of next month, 19:00
        LocalDate month = LocalDate.now(ZoneId.of(zone)).plusMonths(1).withDayOfMonth(1);
        LocalDate secondTuesday = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        LocalDateTime due = secondTuesday.atTime(19, 0);

        page.openAddDetails();
        page.type(By.id("add-title"), "Book club");
        TodoPage.typeDateTime(page.element(By.id("add-due_at")), due);
        new Select(page.element(By.id("add-remind"))).selectByValue("PT1H");
        new Select(page.element(By.id("add-repeat"))).selectByValue("monthly-nth");
        new Select(page.element(By.id("add-repeat_end"))).selectByValue("count");
        page.type(By.id("add-repeat_count"), "3");
        page.click(By.cssSelector("#add-form button[type=submit]"));

        assertThat(page.task("Book club").getText()).contains("Repeats monthly on the second Tuesday, 3 times");
        TodoApi.Account account = page.storedAccount();
        JsonNode stored = ui.api().listTasks(account.token(), account.userId()).get(0);
        assertThat(stored.get("recurrence").asText()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
        Instant dueAt = due.atZone(ZoneId.of(zone)).toInstant();
        assertThat(Instant.parse(stored.get("due_at").asText())).isEqualTo(dueAt);
        assertThat(Instant.parse(stored.get("remind_at").asText())).isEqualTo(dueAt.minusSeconds(3600));
    }

    private static String zonedStartOf(LocalDate date, String zone) {
        return date.atStartOfDay(ZoneId.of(zone)).toInstant().toString().substring(0, 16);
    }
}

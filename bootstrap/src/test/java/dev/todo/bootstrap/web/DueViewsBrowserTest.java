package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "Due" choice of the list: overdue, today and upcoming in the person's own days, kept in the address. */
@ExtendWith(WebUiExtension.class)
class DueViewsBrowserTest {
    private final WebUi ui;

    DueViewsBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void overdue_today_and_upcoming_show_the_tasks_due_then_and_survive_a_reload() {
        String email = WebUi.uniqueEmail("due-views");
        ui.api().signUp("Planning Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        TodoApi.Account account = page.storedAccount();
        ZoneId zone =
                ZoneId.of((String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        Instant now = Instant.now();
        Instant nextMidnight =
                LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
        Instant laterToday = now.plus(Duration.between(now, nextMidnight).dividedBy(2));
        create(account, "Late", now.minus(Duration.ofDays(1)), false);
        create(account, "Late but done", now.minus(Duration.ofDays(1)), true);
        create(account, "Later today", laterToday, false);
        create(account, "Next week", now.plus(Duration.ofDays(7)), false);
        create(account, "Whenever", null, false);
        page.open();
        page.awaitTaskList();

        page.choose("filter-when", "overdue");
        awaitTitles(page, List.of("Late"));
        page.choose("filter-when", "today");
        awaitTitles(page, List.of("Later today"));
        page.choose("filter-when", "upcoming");
        awaitTitles(page, List.of("Next week"));
        assertThat(ui.browser().driver().getCurrentUrl()).contains("when=upcoming");
        ui.browser().driver().navigate().refresh();
        page.awaitTaskList();
        awaitTitles(page, List.of("Next week"));
        page.choose("filter-when", "");
        awaitTitles(page, List.of("Late", "Late but done", "Later today", "Next week", "Whenever"));
    }

    private void create(TodoApi.Account account, String title, Instant due, boolean completed) {
        Map<String, Object> fields = due == null
                ? Map.of("title", title, "completed", completed)
                : Map.of("title", title, "due_at", due.toString(), "completed", completed);
        ui.api().createTask(account.token(), account.userId(), fields);
    }

    private void awaitTitles(TodoPage page, List<String> expected) {
        ui.browser()
                .await()
                .withMessage(() -> "tasks " + expected + " but the list showed " + page.titles())
                .until(driver ->
                        page.titles().size() == expected.size() && page.titles().containsAll(expected));
    }
}

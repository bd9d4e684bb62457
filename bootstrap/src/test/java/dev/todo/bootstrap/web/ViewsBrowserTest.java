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
import org.openqa.selenium.By;

/**
 * The row of views (Today, Upcoming, Overdue, All, Completed, Trash) with how many tasks each holds, and the
 * Due choice beneath them (overdue, today and upcoming in the person's own days), kept in the address and
 * current after changes made here and elsewhere (008 FR-810, FR-811, FR-812).
 */
@ExtendWith(WebUiExtension.class)
class ViewsBrowserTest {
    private final WebUi ui;

    ViewsBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void each_view_shows_its_tasks_with_its_count_and_survives_a_reload() {
        TodoPage page = signedInWithDueTasks("views");

        awaitCounts(Map.of("Today", "1", "Upcoming", "2", "Overdue", "1", "All", "5", "Completed", "1"));
        showView(page, "Today", List.of("Later today"));
        showView(page, "Upcoming", List.of("Next week", "Next month"));
        assertThat(ui.browser().driver().getCurrentUrl())
                .contains("status=pending")
                .contains("when=upcoming");
        showView(page, "Overdue", List.of("Late"));
        showView(page, "Completed", List.of("Late but done"));
        showView(page, "Trash", List.of("Binned"));
        ui.browser().screenshots("views-trash");
        ui.browser().driver().navigate().refresh();
        page.awaitTaskList();
        page.awaitTitles(List.of("Binned"));
        assertThat(current()).isEqualTo("Trash");
        // Upcoming took the due-date order, which the other views keep
        showView(page, "All", List.of("Late", "Late but done", "Later today", "Next week", "Next month", "Whenever"));
        ui.browser().screenshots("views-all");
    }

    @Test
    void the_due_choice_shows_overdue_today_and_upcoming_in_the_browsers_days_and_survives_a_reload() {
        TodoPage page = signedInWithDueTasks("due-choice");

        page.choose("filter-when", "overdue");
        awaitTitlesInAnyOrder(page, List.of("Late"));
        page.choose("filter-when", "today");
        awaitTitlesInAnyOrder(page, List.of("Later today"));
        page.choose("filter-when", "upcoming");
        awaitTitlesInAnyOrder(page, List.of("Next week", "Next month"));
        assertThat(ui.browser().driver().getCurrentUrl()).contains("when=upcoming");
        ui.browser().driver().navigate().refresh();
        page.awaitTaskList();
        awaitTitlesInAnyOrder(page, List.of("Next week", "Next month"));
        page.choose("filter-when", "");
        awaitTitlesInAnyOrder(
                page, List.of("Late", "Late but done", "Later today", "Next week", "Next month", "Whenever"));
    }

    @Test
    void counts_follow_changes_made_here_and_elsewhere() {
        String email = WebUi.uniqueEmail("counts");
        var account = ui.api().signUp("Counting Person", email, WebUi.PASSWORD);
        ui.api().createTask(account.token(), account.userId(), Map.of("title", "First"));
        ui.api().createTask(account.token(), account.userId(), Map.of("title", "Second"));
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        page.awaitTitles(List.of("Second", "First"));
        awaitCounts(Map.of("All", "2", "Completed", "0", "Today", "0"));

        page.toggle("First");
        awaitCounts(Map.of("All", "1", "Completed", "1"));
        page.quickAdd("Third", "Third");
        awaitCounts(Map.of("All", "2", "Completed", "1"));
        // another device adds a task: this page hears of it on the event stream
        ui.api().createTask(account.token(), account.userId(), Map.of("title", "From the phone"));
        awaitCounts(Map.of("All", "3", "Completed", "1"));
        page.delete("Second");
        awaitCounts(Map.of("All", "2", "Completed", "1"));
    }

    /**
     * A new person signed in, with tasks due yesterday (one of them done), later today (in the browser's
     * zone), next week and next month, one without a due time and one in the trash.
     */
    private TodoPage signedInWithDueTasks(String label) {
        TodoPage page = ui.signedInPage(label);
        TodoApi.Account account = page.storedAccount();
        ZoneId zone =
                ZoneId.of((String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        Instant now = Instant.now();
        Instant nextMidnight =
                LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
        create(account, "Late", now.minus(Duration.ofDays(1)), false);
        create(account, "Late but done", now.minus(Duration.ofDays(1)), true);
        create(
                account,
                "Later today",
                now.plus(Duration.between(now, nextMidnight).dividedBy(2)),
                false);
        create(account, "Next week", now.plus(Duration.ofDays(7)), false);
        create(account, "Next month", now.plus(Duration.ofDays(30)), false);
        create(account, "Whenever", null, false);
        long binned = create(account, "Binned", null, false);
        ui.api().deleteTask(account.token(), account.userId(), binned);
        page.open();
        page.awaitTaskList();
        return page;
    }

    private void awaitTitlesInAnyOrder(TodoPage page, List<String> expected) {
        ui.browser()
                .await()
                .withMessage(() -> "tasks " + expected + " but the list showed " + page.titles())
                .until(driver ->
                        page.titles().size() == expected.size() && page.titles().containsAll(expected));
    }

    private long create(TodoApi.Account account, String title, Instant due, boolean completed) {
        Map<String, Object> fields = due == null
                ? Map.of("title", title, "completed", completed)
                : Map.of("title", title, "due_at", due.toString(), "completed", completed);
        return ui.api()
                .createTask(account.token(), account.userId(), fields)
                .get("id")
                .asLong();
    }

    /** Clicks a view's link and waits for its tasks, in the view's order. */
    private void showView(TodoPage page, String name, List<String> titles) {
        page.click(viewLink(name));
        page.awaitTitles(titles);
        assertThat(current()).isEqualTo(name);
    }

    private static By viewLink(String name) {
        return By.xpath("//nav[@id='views']//a[starts-with(normalize-space(.), '" + name + "')]");
    }

    /** The view marked as the current one, or null. */
    private String current() {
        return (String) ui.browser()
                .script("const link = document.querySelector('#views a[aria-current=\"page\"]');"
                        + " return link && link.firstChild.textContent;");
    }

    /** Waits until these views show these counts (the figure, without its words for screen readers). */
    private void awaitCounts(Map<String, String> expected) {
        ui.browser()
                .await()
                .withMessage(() -> "view counts " + expected + " but were " + counts())
                .until(driver -> counts().entrySet().containsAll(expected.entrySet()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> counts() {
        return (Map<String, String>) ui.browser()
                .script("const counts = {};"
                        + " for (const link of document.querySelectorAll('#views a')) {"
                        + "   const count = link.querySelector('.view-count');"
                        + "   if (count && !count.hidden) counts[link.firstChild.textContent] = count.firstChild.textContent;"
                        + " }"
                        + " return counts;");
    }
}

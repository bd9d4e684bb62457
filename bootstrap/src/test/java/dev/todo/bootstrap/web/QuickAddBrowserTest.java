package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** The quick-add line on top of the list, and what the first screen shows (issue: the form filled it). */
@ExtendWith(WebUiExtension.class)
class QuickAddBrowserTest {
    private final WebUi ui;

    QuickAddBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void a_line_with_tags_and_a_priority_becomes_a_task_with_them_and_the_rest_as_its_title() {
        TodoPage page = ui.signedInPage("quick");

        page.quickAdd("Buy #errands oat milk !high #home", "Buy oat milk");

        assertThat(page.task("Buy oat milk").getText()).contains("High priority", "errands", "home");
        assertThat(page.element(By.id("quick-title")).getAttribute("value")).isEmpty();
        page.type(By.id("quick-title"), "#only !low\n");
        assertThat(page.text(By.id("quick-title-error"))).contains("Type what the task is");
        assertThat(page.titles()).containsExactly("Buy oat milk");
    }

    @Test
    void an_added_task_shows_on_top_without_the_list_being_read_again_unless_its_place_needs_the_server()
            throws InterruptedException {
        TodoPage page = ui.signedInPage("no-refetch");
        TodoApi.Account account = page.storedAccount();
        for (String title : List.of("Bravo", "Delta")) {
            ui.api().createTask(account.token(), account.userId(), Map.of("title", title));
        }
        page.awaitTitles(List.of("Delta", "Bravo"));
        long readsBefore = listReads();

        page.quickAdd("Charlie", "Charlie");
        page.awaitTitles(List.of("Charlie", "Delta", "Bravo"));
        Thread.sleep(1_000); // its live entry arrives meanwhile, and finds it shown
        assertThat(listReads()).as("pages of the list read after the add").isEqualTo(readsBefore);

        page.choose("filter-sort", "title");
        page.awaitTitles(List.of("Bravo", "Charlie", "Delta"));
        page.quickAdd("Alpha", "Alpha");
        page.awaitTitles(List.of("Alpha", "Bravo", "Charlie", "Delta"));
    }

    /** How many pages of the task list this page has asked for (counting requests of a view's figure aside). */
    private long listReads() {
        return (Long)
                ui.browser()
                        .script(
                                "return performance.getEntriesByType('resource')"
                                        + ".filter((entry) => /\\/tasks\\?/.test(entry.name) && !entry.name.includes('limit=1')).length");
    }

    @Test
    void a_date_in_the_line_becomes_the_due_time_in_local_time() {
        TodoPage page = ui.signedInPage("quick-dates");
        TodoApi.Account account = page.storedAccount();
        ZoneId zone =
                ZoneId.of((String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);

        page.quickAdd("Dentist tomorrow 9am #health", "Dentist");
        page.quickAdd("Pay rent on friday !high", "Pay rent"); // "on friday" is the date

        Map<String, JsonNode> stored = new HashMap<>();
        ui.api()
                .listTasks(account.token(), account.userId())
                .forEach(task -> stored.put(task.get("title").asText(), task));
        JsonNode dentist = stored.get("Dentist");
        assertThat(Instant.parse(dentist.get("due_at").asText()))
                .isEqualTo(tomorrow.atTime(9, 0).atZone(zone).toInstant());
        assertThat(dentist.get("all_day").asBoolean()).isFalse();
        assertThat(dentist.get("tags").get(0).asText()).isEqualTo("health");
        JsonNode rent = stored.get("Pay rent");
        LocalDate friday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        assertThat(rent.get("all_day").asBoolean()).isTrue();
        assertThat(rent.get("time_zone").asText()).isEqualTo(zone.getId());
        assertThat(Instant.parse(rent.get("due_at").asText()))
                .isIn(
                        friday.atStartOfDay(zone).toInstant(),
                        friday.minusWeeks(1).atStartOfDay(zone).toInstant());
        assertThat(rent.get("priority").asText()).isEqualTo("high");
    }

    @Test
    void the_recognised_date_is_shown_before_enter_and_can_be_kept_as_text() {
        TodoPage page = ui.signedInPage("quick-shown");
        TodoApi.Account account = page.storedAccount();

        page.type(By.id("quick-title"), "Call Ann tomorrow at 5pm");
        ui.browser().await().until(driver -> page.element(By.id("quick-due")).isDisplayed());
        assertThat(page.text(By.id("quick-due"))).startsWith("Due ").contains("5:00");
        ui.browser().screenshots("quick-add-date-shown");
        page.type(By.id("quick-title"), "Watch Friday Night Lights");
        ui.browser().await().until(driver -> page.text(By.id("quick-due")).startsWith("Due "));
        page.click(By.id("quick-keep-text"));
        ui.browser().await().until(driver -> !page.element(By.id("quick-due")).isDisplayed());
        page.element(By.id("quick-title")).sendKeys(Keys.ENTER);
        page.task("Watch Friday Night Lights");

        JsonNode stored = ui.api().listTasks(account.token(), account.userId()).get(0);
        assertThat(stored.get("due_at").isNull()).isTrue();
        assertThat(page.element(By.id("quick-due")).isDisplayed()).isFalse();
    }

    @Test
    void the_first_screen_at_1280_by_900_shows_the_quick_add_line_and_at_least_five_tasks() {
        TodoPage page = ui.signedInPage("first-screen");
        TodoApi.Account account = page.storedAccount();
        for (int i = 1; i <= 8; i++) {
            ui.api().createTask(account.token(), account.userId(), Map.of("title", "Task number " + i));
        }
        var window = ui.browser().driver().manage().window();
        long frame = (Long) ui.browser().script("return window.outerHeight - window.innerHeight");
        window.setSize(new Dimension(Browser.DESKTOP.width, Browser.DESKTOP.height + (int) frame));
        try {
            page.open();
            page.awaitTaskList();
            ui.browser().await().until(driver -> page.titles().size() == 8);

            assertFirstScreen();
        } finally {
            window.setSize(Browser.DESKTOP);
        }
    }

    /** At a 1280×900 viewport: the quick-add line and at least five whole tasks, without scrolling. */
    private void assertFirstScreen() {
        assertThat(ui.browser().script("return [window.innerWidth, window.innerHeight]"))
                .isEqualTo(List.of(1280L, 900L));
        assertThat(ui.browser()
                        .script("const r = document.getElementById('quick-title').getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight"))
                .isEqualTo(true);
        Object fullyShown = ui.browser()
                .script("return [...document.querySelectorAll('#task-list > li')]"
                        + ".filter((item) => item.getBoundingClientRect().bottom <= window.innerHeight).length");
        assertThat((Long) fullyShown).isGreaterThanOrEqualTo(5);
        ui.browser().screenshot("first-screen-desktop");
    }
}

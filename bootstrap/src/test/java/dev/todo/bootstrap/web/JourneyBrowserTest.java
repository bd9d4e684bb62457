package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A person's whole way through the web UI, in a real browser against the whole application. */
@ExtendWith(WebUiExtension.class)
class JourneyBrowserTest {
    private final WebUi ui;

    JourneyBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void a_person_signs_up_manages_tasks_signs_out_and_signs_in_again() {
        TodoPage page = ui.freshPage();
        String email = WebUi.uniqueEmail("journey");
        page.signUp("Journey Person", email, WebUi.PASSWORD);
        assertThat(page.text(By.id("account-name"))).isEqualTo("Journey Person");

        page.addTask(new TaskInput(
                "Buy milk", "Two litres, semi-skimmed", "high", LocalDateTime.of(2030, 5, 1, 9, 30), "Home, Errands"));
        assertThat(page.task("Buy milk").getText())
                .contains("Two litres, semi-skimmed", "High priority", "Due May 1, 2030", "9:30 AM", "home", "errands");
        TodoApi.Account account = page.storedAccount();
        JsonNode stored = ui.api().listTasks(account.token(), account.userId()).get(0);
        assertThat(Instant.parse(stored.path("due_at").asText()))
                .as("09:30 in " + Browser.TIME_ZONE)
                .isEqualTo(Instant.parse("2030-05-01T04:00:00Z"));
        ui.browser().screenshots("journey-1-added", page.task("Buy milk"));

        page.editTask("Buy milk", new TaskInput("Buy oat milk", null, "medium", null, "home"));
        assertThat(page.task("Buy oat milk").getText())
                .contains("Medium priority", "home")
                .doesNotContain("errands");

        page.toggle("Buy oat milk");
        assertThat(page.task("Buy oat milk").getText()).contains("Done ");
        page.toggle("Buy oat milk");
        assertThat(page.task("Buy oat milk").getAttribute("class")).doesNotContain("completed");
        page.toggle("Buy oat milk");

        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of("title", "Call plumber", "priority", "low", "tags", List.of("home")));
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "Write report",
                                "description",
                                "Quarterly numbers",
                                "priority",
                                "high",
                                "tags",
                                List.of("work")));
        sortsFiltersAndSearches(page);
        deletesWithUndo(page, account);

        page.signOut();
        assertThat(page.text(By.id("auth-notice"))).isEqualTo("You have signed out.");
        assertThat(page.refreshCookie()).isNull();
        ui.browser().driver().navigate().refresh();
        page.open();
        assertThat(page.element(TodoPage.TASKS_VIEW).isDisplayed())
                .as("signed out for real")
                .isFalse();
        page.signIn(email, WebUi.PASSWORD);
        page.awaitTitles(List.of("Write report", "Buy oat milk"));
        ui.browser().screenshots("journey-4-signed-in-again", page.element(TodoPage.TASK_LIST));
    }

    private void sortsFiltersAndSearches(TodoPage page) {
        page.choose("filter-sort", "title");
        page.awaitTitles(List.of("Buy oat milk", "Call plumber", "Write report"));
        page.choose("filter-order", "desc");
        page.awaitTitles(List.of("Write report", "Call plumber", "Buy oat milk"));
        page.choose("filter-sort", "priority");
        page.awaitTitles(List.of("Write report", "Buy oat milk", "Call plumber"));
        page.choose("filter-sort", "title");

        page.choose("filter-status", "completed");
        page.awaitTitles(List.of("Buy oat milk"));
        page.choose("filter-status", "pending");
        page.awaitTitles(List.of("Call plumber", "Write report"));
        page.choose("filter-status", "all");
        page.choose("filter-priority", "high");
        page.awaitTitles(List.of("Write report"));
        page.choose("filter-priority", "");
        page.type(By.id("filter-tag"), "home");
        page.awaitTitles(List.of("Buy oat milk", "Call plumber"));
        page.type(By.id("filter-tag"), "");
        page.type(By.id("filter-q"), "QUARTERLY");
        page.awaitTitles(List.of("Write report"));
        ui.browser().screenshots("journey-2-searched");
        page.type(By.id("filter-q"), "");
        page.awaitTitles(List.of("Buy oat milk", "Call plumber", "Write report"));
    }

    private void deletesWithUndo(TodoPage page, TodoApi.Account account) {
        WebElement undo = page.delete("Call plumber");
        page.awaitTitles(List.of("Buy oat milk", "Write report"));
        assertThat(undo.getText()).contains("Deleted “Call plumber”.", "Undo");
        ui.browser().screenshots("journey-3-deleted-with-undo");
        page.click(By.id("undo-button"));
        ui.browser().await().until(invisibilityOf(undo));
        page.awaitTitles(List.of("Buy oat milk", "Call plumber", "Write report"));

        page.delete("Call plumber");
        page.awaitTitles(List.of("Buy oat milk", "Write report"));
        assertThat(ui.api().listTrash(account.token(), account.userId()))
                .extracting(task -> task.path("title").asText())
                .containsExactly("Call plumber");
    }

    @Test
    void search_filters_and_sort_survive_a_reload_and_travel_in_the_address() {
        String email = WebUi.uniqueEmail("address");
        TodoApi.Account account = ui.api().signUp("Address Person", email, WebUi.PASSWORD);
        for (String title : List.of("Alpha report", "Beta report", "Gamma note")) {
            ui.api().createTask(account.token(), account.userId(), Map.of("title", title));
        }
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);

        page.choose("filter-sort", "title");
        page.choose("filter-order", "desc");
        page.type(By.id("filter-q"), "report");
        page.awaitTitles(List.of("Beta report", "Alpha report"));
        String address = ui.browser().driver().getCurrentUrl();
        ui.browser().driver().navigate().refresh();
        page.awaitTaskList();

        assertThat(address).contains("q=report", "sort=title", "order=desc");
        page.awaitTitles(List.of("Beta report", "Alpha report"));
        assertThat(page.element(By.id("filter-q")).getAttribute("value")).isEqualTo("report");
        assertThat(page.element(By.id("filter-order")).getAttribute("value")).isEqualTo("desc");

        page.signOut();
        assertThat(ui.browser().driver().getCurrentUrl()).doesNotContain("q=report");
    }

    @Test
    void load_more_follows_the_link_header_to_the_next_page() {
        String email = WebUi.uniqueEmail("paging");
        TodoApi.Account account = ui.api().signUp("Many Tasks", email, WebUi.PASSWORD);
        IntStream.rangeClosed(1, 60)
                .forEach(n -> ui.api()
                        .createTask(account.token(), account.userId(), Map.of("title", "Task %02d".formatted(n))));
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);

        List<String> newestFirst = IntStream.iterate(60, n -> n >= 1, n -> n - 1)
                .mapToObj("Task %02d"::formatted)
                .toList();
        page.awaitTitles(newestFirst.subList(0, 50));
        assertThat(page.text(By.id("list-summary"))).isEqualTo("50 to do, 0 done (50 of 60 shown).");
        page.delete("Task 60");
        ui.browser()
                .await()
                .until(driver -> page.text(By.id("list-summary")).equals("49 to do, 0 done (49 of 59 shown)."));
        page.quickAdd("Task 61", "Task 61");
        ui.browser()
                .await()
                .until(driver -> page.text(By.id("list-summary")).equals("50 to do, 0 done (50 of 60 shown)."));
        page.click(By.id("load-more"));
        List<String> shownAtLast = new ArrayList<>(List.of("Task 61"));
        shownAtLast.addAll(newestFirst.subList(1, 60));
        page.awaitTitles(shownAtLast);
        assertThat(page.element(By.id("load-more")).isDisplayed()).isFalse();
        assertThat(page.text(By.id("list-summary"))).isEqualTo("60 to do, 0 done (60 shown).");
    }
}

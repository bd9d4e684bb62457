package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * No serious or critical axe-core violation on any screen (008 SC-803): signed out, the list with every
 * kind of task and the open add form, the edit, history and conflict dialogs; at 1280×900 and 390×844.
 */
@ExtendWith(WebUiExtension.class)
class AccessibilityBrowserTest {
    private final WebUi ui;

    AccessibilityBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void every_screen_passes_the_scan_at_desktop_and_phone_sizes() {
        String email = WebUi.uniqueEmail("accessible");
        var account = ui.api().signUp("Accessible Person", email, WebUi.PASSWORD);
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "Stand-up",
                                "due_at",
                                tomorrow.toString(),
                                "recurrence",
                                "weekdays",
                                "remind_at",
                                tomorrow.minusSeconds(600).toString(),
                                "priority",
                                "high",
                                "tags",
                                List.of("work")));
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "Bins out",
                                "due_at",
                                LocalDate.now().plusDays(2).toString(),
                                "recurrence",
                                "weekly"));
        ui.api().createTask(account.token(), account.userId(), Map.of("title", "Done already", "completed", true));
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "Overdue",
                                "due_at",
                                Instant.now().minus(3, ChronoUnit.DAYS).toString(),
                                "description",
                                "With a description"));

        List<String> found = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            ui.browser().resize(size);
            TodoPage page = ui.freshPage();
            scan(found, size, "sign in");
            page.click(By.id("show-sign-up"));
            scan(found, size, "sign up");
            page.click(By.id("show-sign-in"));
            page.signIn(email, WebUi.PASSWORD);
            page.task("Stand-up");
            scan(found, size, "the list");

            page.openAddDetails();
            page.type(By.id("add-title"), "Water the plants");
            new Select(page.element(By.id("add-repeat"))).selectByValue("weekly");
            new Select(page.element(By.id("add-remind"))).selectByValue("at");
            scan(found, size, "the open add form");

            page.task("Stand-up").findElement(By.cssSelector("button.edit")).click();
            scan(found, size, "the edit dialog");
            page.click(By.id("edit-cancel"));

            page.task("Stand-up").findElement(By.cssSelector("button.history")).click();
            ui.browser()
                    .await()
                    .until(driver -> page.text(By.id("history-summary")).startsWith("Not completed"));
            scan(found, size, "the history dialog");
            page.click(By.cssSelector("#history-dialog button[type=submit]"));

            ui.browser().script("""
                    document.getElementById('conflict-message').textContent = 'Changed elsewhere.';
                    document.getElementById('conflict-dialog').showModal();""");
            scan(found, size, "the conflict dialog");
            ui.browser().script("document.getElementById('conflict-dialog').close()");
            page.signOut();
        }

        assertThat(found).as("serious or critical accessibility violations").isEmpty();
    }

    /** The scan is not blind: a field without a label on the page is reported. */
    @Test
    void the_scan_reports_a_field_without_a_label() {
        ui.freshPage();
        ui.browser().script("document.getElementById('main').append(document.createElement('input'))");

        assertThat(Accessibility.seriousViolations(ui.browser()))
                .anySatisfy(violation -> assertThat(violation).contains("critical label"));
    }

    private void scan(List<String> found, Dimension size, String screen) {
        for (String violation : Accessibility.seriousViolations(ui.browser())) {
            found.add(size.width + "px, " + screen + ": " + violation);
        }
    }
}

package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * Completing offers Undo, the list counts what is left, and Clear completed moves the completed tasks shown
 * to the trash with one Undo for all (008 FR-812, FR-820).
 */
@ExtendWith(WebUiExtension.class)
class CompleteAndClearBrowserTest {
    private final WebUi ui;

    CompleteAndClearBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void completing_is_undone_and_clearing_completed_tasks_is_undone_at_once() {
        String email = WebUi.uniqueEmail("clearing");
        var account = ui.api().signUp("Tidy Person", email, WebUi.PASSWORD);
        for (String title : List.of("Milk", "Eggs", "Bread")) {
            ui.api().createTask(account.token(), account.userId(), Map.of("title", title));
        }
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        page.awaitTitles(List.of("Bread", "Eggs", "Milk"));
        assertThat(page.text(By.id("list-summary"))).isEqualTo("3 to do, 0 done (3 shown).");
        assertThat(page.element(By.id("clear-completed")).isDisplayed()).isFalse();

        page.toggle("Milk");
        assertThat(page.text(By.id("undo-text"))).isEqualTo("Completed “Milk”.");
        page.click(By.id("undo-button"));
        ui.browser()
                .await()
                .until(driver -> !page.task("Milk").getAttribute("class").contains("completed"));
        assertThat(page.text(By.id("list-summary"))).isEqualTo("3 to do, 0 done (3 shown).");

        page.toggle("Milk");
        page.toggle("Eggs");
        ui.browser().await().until(driver -> page.text(By.id("list-summary")).equals("1 to do, 2 done (3 shown)."));
        page.click(By.id("clear-completed"));
        page.awaitTitles(List.of("Bread"));
        assertThat(page.text(By.id("undo-text"))).isEqualTo("Cleared 2 completed tasks.");
        ui.browser().screenshots("cleared-with-undo");
        assertThat(ui.api().listTrash(account.token(), account.userId())).hasSize(2);

        page.click(By.id("undo-button"));
        page.awaitTitles(List.of("Bread", "Eggs", "Milk"));
        assertThat(StreamSupport.stream(
                                ui.api()
                                        .listTasks(account.token(), account.userId())
                                        .spliterator(),
                                false)
                        .filter(task -> task.get("completed").asBoolean())
                        .count())
                .isEqualTo(2);
    }

    @Test
    void the_trash_view_restores_a_task_and_deletes_another_for_good() {
        String email = WebUi.uniqueEmail("trash");
        var account = ui.api().signUp("Binning Person", email, WebUi.PASSWORD);
        for (String title : List.of("Keep me", "Lose me")) {
            long id = ui.api()
                    .createTask(account.token(), account.userId(), Map.of("title", title))
                    .get("id")
                    .asLong();
            ui.api().deleteTask(account.token(), account.userId(), id);
        }
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        new Select(page.element(By.id("filter-status"))).selectByValue("trash");
        page.awaitTitles(List.of("Lose me", "Keep me"));
        assertThat(page.task("Keep me").getText()).contains("Deleted");

        press(page, "Keep me", "button.restore");
        page.awaitTitles(List.of("Lose me"));
        press(page, "Lose me", "button.purge");
        page.awaitTitles(List.of());
        assertThat(page.text(By.id("list-summary"))).isEqualTo("The trash is empty.");
        assertThat(ui.api().listTrash(account.token(), account.userId())).isEmpty();

        new Select(page.element(By.id("filter-status"))).selectByValue("all");
        page.awaitTitles(List.of("Keep me"));
    }

    @Test
    @ExpectsFailedRequests({404})
    void an_undo_after_the_task_was_deleted_for_good_elsewhere_says_it_cannot_be_restored() {
        String email = WebUi.uniqueEmail("gone");
        var account = ui.api().signUp("Hasty Person", email, WebUi.PASSWORD);
        long id = ui.api()
                .createTask(account.token(), account.userId(), Map.of("title", "Old receipts"))
                .get("id")
                .asLong();
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);

        page.delete("Old receipts");
        page.awaitTitles(List.of());
        ui.api().purgeTask(account.token(), account.userId(), id); // "Delete forever" in another tab
        page.click(By.id("undo-button"));

        assertThat(page.text(By.id("banner")))
                .contains("“Old receipts” can no longer be restored: it was deleted for good.");
        assertThat(page.titles()).isEmpty();
    }

    /** Presses a button of a task's item, found again if the list was redrawn meanwhile (a live change). */
    private void press(TodoPage page, String title, String button) {
        ui.browser().await().ignoring(StaleElementReferenceException.class).until(driver -> {
            page.task(title).findElement(By.cssSelector(button)).click();
            return true;
        });
    }
}

package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The page on a phone-sized screen and driven by the keyboard alone. */
@ExtendWith(WebUiExtension.class)
class PhoneAndKeyboardBrowserTest {
    private final WebUi ui;

    PhoneAndKeyboardBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void a_phone_sized_screen_never_scrolls_sideways() {
        String email = WebUi.uniqueEmail("phone");
        TodoApi.Account account = ui.api().signUp("Phone Person", email, WebUi.PASSWORD);
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "w".repeat(120),
                                "description",
                                "https://example.test/" + "a-path-without-spaces/".repeat(5),
                                "priority",
                                "high",
                                "due_at",
                                "2030-05-01T04:00:00Z",
                                "tags",
                                List.of("a-rather-long-tag-name-of-32-chr", "errands", "home", "work")));
        TodoPage page = ui.freshPage();
        ui.browser().resize(new Dimension(360, 740));
        assertThat(horizontalOverflow()).as("sign-in screen").isZero();
        ui.browser().screenshot("phone-1-sign-in");

        page.signIn(email, WebUi.PASSWORD);
        ui.browser().screenshot("phone-2-tasks", page.task("w".repeat(120)));
        assertThat(horizontalOverflow()).as("task list").isZero();
        page.task("w".repeat(120)).findElement(By.cssSelector("button.edit")).click();
        assertThat(page.element(By.id("edit-dialog")).isDisplayed()).isTrue();
        assertThat(horizontalOverflow()).as("edit dialog").isZero();
        WebElement save = page.element(By.cssSelector("#edit-form button[type=submit]"));
        assertThat(save.getRect().getX() + save.getRect().getWidth())
                .as("Save on screen")
                .isLessThanOrEqualTo(360);
        ui.browser().screenshot("phone-3-edit");
        page.click(By.id("edit-cancel"));

        WebElement undo = page.delete("w".repeat(120));
        assertThat(horizontalOverflow()).as("undo notice").isZero();
        assertThat(undo.getRect().getX()).isNotNegative();
        assertThat(undo.getRect().getX() + undo.getRect().getWidth()).isLessThanOrEqualTo(360);
        ui.browser().screenshot("phone-4-undo");
        page.click(By.id("undo-button"));
        page.awaitTitles(List.of("w".repeat(120)));

        assertThat(horizontalOverflow())
                .as(
                        "after undo: "
                                + ui.browser()
                                        .script(
                                                "return document.getElementById('status').textContent + ' | ' + document.getElementById('undo').hidden"))
                .isZero();
        // the conflict question with the long title fits the phone too
        ui.browser().script("""
                document.getElementById('conflict-message').textContent =
                  '“' + 'w'.repeat(120) + '” was changed elsewhere after you opened it. Keep your version?';
                document.getElementById('conflict-dialog').showModal();""");
        assertThat(horizontalOverflow())
                .as("conflict dialog: " + ui.browser().script("""
                return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 361)
                  .slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')"""))
                .isZero();
        for (WebElement choice : page.element(By.id("conflict-dialog")).findElements(By.tagName("button"))) {
            assertThat(choice.getRect().getX()).isNotNegative();
            assertThat(choice.getRect().getX() + choice.getRect().getWidth())
                    .as("both choices on screen")
                    .isLessThanOrEqualTo(360);
        }
        ui.browser().screenshot("phone-5-conflict");
        ui.browser().script("document.getElementById('conflict-dialog').close()");
    }

    @Test
    void a_task_can_be_added_with_the_keyboard_alone() {
        String email = WebUi.uniqueEmail("keyboard");
        ui.api().signUp("Keyboard Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);

        keys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("quick-title");
        keys("Water the plants #garden !high", Keys.ENTER);
        assertThat(page.task("Water the plants").getText()).contains("High priority", "garden");
        assertThat(focused().getAttribute("id")).as("ready for the next task").isEqualTo("quick-title");

        keys(Keys.TAB, Keys.TAB); // past the Add button to "More fields"
        assertThat(focused().getTagName()).isEqualTo("summary");
        keys(Keys.ENTER, Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-title");
        keys("Feed the cat", Keys.TAB, "Balcony first", Keys.TAB, "h", Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-all_day");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-due_at");
        TodoPage.typeDateTime(focused(), LocalDateTime.of(2031, 1, 2, 18, 45));
        // Chromium's date controls have a calendar button after their fields: one more stop each.
        keys(Keys.TAB, Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-remind");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-repeat");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("add-tags");
        keys("pets", Keys.ENTER);

        assertThat(page.task("Feed the cat").getText())
                .contains("Balcony first", "High priority", "Due Jan 2, 2031", "6:45 PM", "pets");
        assertThat(focused().getAttribute("id")).as("ready for the next task").isEqualTo("add-title");
        page.click(By.id("list-heading"));
        keys("n");
        assertThat(focused().getAttribute("id"))
                .as("N goes back to the quick-add line")
                .isEqualTo("quick-title");
        ui.browser().screenshot("keyboard-added", page.task("Feed the cat"));
    }

    @Test
    void tasks_are_moved_through_completed_edited_and_deleted_with_keys() {
        TodoPage page = signedInWithThreeTasks("task-keys");
        page.task("Third").findElement(By.cssSelector("[data-action=toggle]")).sendKeys(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Completed: Second");

        keys(Keys.SPACE);
        ui.browser()
                .await()
                .until(driver -> page.task("Second").getAttribute("class").contains("completed"));
        keys("e");
        assertThat(focused().getAttribute("value")).isEqualTo("Second");
        focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Second, renamed", Keys.ENTER);
        page.task("Second, renamed");
        page.task("Second, renamed")
                .findElement(By.cssSelector("[data-action=toggle]"))
                .sendKeys(Keys.ARROW_UP);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Completed: Third");
        keys(Keys.DELETE);

        page.awaitTitles(List.of("Second, renamed", "First"));
        assertThat(page.text(By.id("undo"))).contains("Third");
    }

    @Test
    void the_list_is_one_tab_stop_that_remembers_the_task_last_visited() {
        TodoPage page = signedInWithThreeTasks("tab-stop");

        page.element(By.id("filter-order")).sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Completed: Third");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Rename: Third");
        keys(Keys.TAB);
        keys(Keys.TAB);
        assertThat(focused().getAttribute("data-action")).isEqualTo("delete");
        assertThat(focused().getText()).contains("Third");
        keys(Keys.TAB);
        assertThat(page.element(By.id("task-list")).findElements(By.cssSelector(":focus")))
                .isEmpty();

        page.task("Third").findElement(By.cssSelector("[data-action=toggle]")).sendKeys(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Completed: Second");
        focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(focused().getAttribute("id")).isEqualTo("filter-order");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Completed: Second");
    }

    /** A new person signed in on a page listing First, Second and Third (newest first). */
    private TodoPage signedInWithThreeTasks(String label) {
        TodoPage page = ui.signedInPage(label);
        TodoApi.Account account = page.storedAccount();
        for (String title : List.of("First", "Second", "Third")) {
            ui.api().createTask(account.token(), account.userId(), Map.of("title", title));
        }
        page.open();
        page.awaitTitles(List.of("Third", "Second", "First"));
        return page;
    }

    private void keys(CharSequence... keys) {
        new Actions(ui.browser().driver()).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return ui.browser().driver().switchTo().activeElement();
    }

    private long horizontalOverflow() {
        return (Long)
                ui.browser()
                        .script(
                                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
    }
}

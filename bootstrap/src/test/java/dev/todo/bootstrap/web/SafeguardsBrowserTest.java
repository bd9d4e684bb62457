package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** What the page does with hostile text and with input it rejects (sessions: {@link SessionBrowserTest}). */
@ExpectsFailedRequests({412, 422})
@ExtendWith(WebUiExtension.class)
class SafeguardsBrowserTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private final WebUi ui;

    SafeguardsBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void markup_in_a_title_is_shown_as_literal_text_and_never_run() {
        TodoPage page = ui.signedInPage("markup");
        page.addTask(new TaskInput(MARKUP, "<script>alert(2)</script>", null, null, null));

        WebElement item = page.task(MARKUP);
        assertThat(item.getText()).contains(MARKUP, "<script>alert(2)</script>");
        assertThat(page.element(TodoPage.TASK_LIST).findElements(By.tagName("img")))
                .isEmpty();
        assertThat(page.element(TodoPage.TASK_LIST).findElements(By.tagName("script")))
                .isEmpty();
        assertThat(page.delete(MARKUP).getText()).contains(MARKUP);
        assertThat(page.element(By.id("undo")).findElements(By.tagName("img"))).isEmpty();
        page.click(By.id("undo-button"));
        page.awaitTitles(List.of(MARKUP));
        assertThatThrownBy(() -> ui.browser().driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        ui.browser().screenshots("safeguards-markup-as-text", page.task(MARKUP));
    }

    @Test
    void an_over_long_title_gets_the_servers_message_next_to_the_field() {
        TodoPage page = ui.signedInPage("long-title");
        page.fillTask("add", TaskInput.titled("x".repeat(201)));
        page.click(By.cssSelector("#add-form button[type=submit]"));

        assertThat(page.text(By.id("add-title-error"))).contains("200 characters");
        WebElement title = page.element(By.id("add-title"));
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(ui.browser().driver().switchTo().activeElement()).isEqualTo(title);
        assertThat(page.text(By.id("add-form-error"))).isEqualTo("Please correct the highlighted fields.");
        ui.browser().screenshots("safeguards-title-too-long");

        page.type(By.id("add-title"), "x".repeat(200));
        page.click(By.cssSelector("#add-form button[type=submit]"));
        page.awaitTitles(List.of("x".repeat(200)));
        assertThat(page.element(By.id("add-title-error")).getText()).isEmpty();
        assertThat(title.getAttribute("aria-invalid")).isNull();
    }

    @Test
    void an_edit_over_a_newer_change_asks_and_keeps_mine_or_takes_theirs() {
        TodoPage page = ui.signedInPage("conflict");
        page.addTask(TaskInput.titled("Original"));
        TodoApi.Account elsewhere = page.storedAccount();
        long id = ui.api()
                .listTasks(elsewhere.token(), elsewhere.userId())
                .get(0)
                .path("id")
                .asLong();

        editMeanwhile(page, "Original", "Mine", elsewhere, id, "Theirs");
        page.click(By.cssSelector("#conflict-dialog button[value=theirs]"));
        page.awaitTitles(List.of("Theirs"));
        assertThat(page.element(By.id("edit-dialog")).isDisplayed()).isFalse();

        editMeanwhile(page, "Theirs", "Mine again", elsewhere, id, "Theirs again");
        ui.browser().screenshots("safeguards-edit-conflict");
        page.click(By.cssSelector("#conflict-dialog button[value=mine]"));
        page.awaitTitles(List.of("Mine again"));
        assertThat(ui.api()
                        .listTasks(elsewhere.token(), elsewhere.userId())
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Mine again");
    }

    /** Opens the edit of {@code title}, types {@code mine}; the task changes elsewhere; Save meets the conflict. */
    private void editMeanwhile(
            TodoPage page, String title, String mine, TodoApi.Account elsewhere, long id, String theirs) {
        page.task(title).findElement(By.cssSelector("button.edit")).click();
        page.type(By.id("edit-title"), mine);
        ui.api().replaceTask(elsewhere.token(), elsewhere.userId(), id, Map.of("title", theirs));
        page.click(By.cssSelector("#edit-form button[type=submit]"));
        ui.browser().await().until(visibilityOfElementLocated(By.id("conflict-dialog")));
        assertThat(page.text(By.id("conflict-message"))).contains("“" + theirs + "” was changed elsewhere");
    }

    @Test
    void changes_made_elsewhere_show_in_the_open_list_without_a_reload() {
        TodoPage page = ui.signedInPage("live");
        page.addTask(TaskInput.titled("Mine"));
        TodoApi.Account phone = page.storedAccount();
        ui.browser().script("window.notReloaded = true");

        long id = ui.api()
                .createTask(phone.token(), phone.userId(), Map.of("title", "From my phone"))
                .path("id")
                .asLong();
        awaitTitlesInAnyOrder(page, List.of("Mine", "From my phone"));
        ui.api().replaceTask(phone.token(), phone.userId(), id, Map.of("title", "Renamed on my phone"));
        awaitTitlesInAnyOrder(page, List.of("Mine", "Renamed on my phone"));
        ui.api().deleteTask(phone.token(), phone.userId(), id);
        awaitTitlesInAnyOrder(page, List.of("Mine"));

        assertThat(ui.browser().script("return window.notReloaded === true")).isEqualTo(true);
    }

    /** The list shows exactly these titles within the browser's patience (a few seconds). */
    private void awaitTitlesInAnyOrder(TodoPage page, List<String> expected) {
        ui.browser().await().until(driver -> {
            List<String> shown = page.titles();
            return shown.size() == expected.size() && shown.containsAll(expected);
        });
    }
}

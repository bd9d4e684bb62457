package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A title edited in place (008 FR-804): Enter saves it with every other field kept, Escape leaves it as it
 * was, keys typed into it are the title's (E and Delete do not edit or delete the task), and a title changed
 * elsewhere meanwhile asks which to keep.
 */
@ExpectsFailedRequests({412})
@ExtendWith(WebUiExtension.class)
class InlineEditBrowserTest {
    private final WebUi ui;

    InlineEditBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void enter_saves_a_title_edited_in_place_and_escape_leaves_it() {
        String email = WebUi.uniqueEmail("renaming");
        var account = ui.api().signUp("Renaming Person", email, WebUi.PASSWORD);
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of(
                                "title",
                                "Buy milk",
                                "description",
                                "Oat",
                                "priority",
                                "high",
                                "tags",
                                List.of("errands")));
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);

        WebElement input = startEditing(page, "Buy milk");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Buy eggs and milk");
        ui.browser().screenshots("title-in-place");
        input.sendKeys(Keys.ENTER);
        page.awaitTitles(List.of("Buy eggs and milk"));
        JsonNode stored = ui.api().listTasks(account.token(), account.userId()).get(0);
        assertThat(stored.get("title").asText()).isEqualTo("Buy eggs and milk");
        assertThat(stored.get("description").asText()).isEqualTo("Oat");
        assertThat(stored.get("priority").asText()).isEqualTo("high");
        assertThat(stored.get("tags").get(0).asText()).isEqualTo("errands");
        assertThat(stored.get("version").asLong()).isEqualTo(2);

        input = startEditing(page, "Buy eggs and milk");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Edited then dropped e", Keys.DELETE, Keys.ESCAPE);
        page.awaitTitles(List.of("Buy eggs and milk"));
        assertThat(ui.browser()
                        .driver()
                        .findElements(By.id("edit-dialog"))
                        .get(0)
                        .isDisplayed())
                .isFalse();
        assertThat(ui.api()
                        .listTasks(account.token(), account.userId())
                        .get(0)
                        .get("version")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void a_title_changed_elsewhere_meanwhile_asks_which_to_keep() {
        String email = WebUi.uniqueEmail("racing-rename");
        var account = ui.api().signUp("Racing Person", email, WebUi.PASSWORD);
        long id = ui.api()
                .createTask(account.token(), account.userId(), Map.of("title", "Draft"))
                .get("id")
                .asLong();
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        WebElement input = startEditing(page, "Draft");
        ui.api().replaceTask(account.token(), account.userId(), id, Map.of("title", "Draft from the phone"));

        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Draft from the laptop", Keys.ENTER);
        ui.browser()
                .await()
                .until(driver -> page.element(By.id("conflict-dialog")).isDisplayed());
        page.click(By.cssSelector("#conflict-dialog button[value=mine]"));

        page.awaitTitles(List.of("Draft from the laptop"));
        assertThat(ui.api()
                        .listTasks(account.token(), account.userId())
                        .get(0)
                        .get("title")
                        .asText())
                .isEqualTo("Draft from the laptop");
    }

    private WebElement startEditing(TodoPage page, String title) {
        WebElement item = page.task(title);
        item.findElement(By.cssSelector("button.title-button")).click();
        return ui.browser().await().until(driver -> item.findElement(By.cssSelector("input.title-input")));
    }
}

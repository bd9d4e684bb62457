package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** What the page does with hostile text and with input it rejects (sessions: {@link SessionBrowserTest}). */
@ExtendWith(WebUiExtension.class)
class SafeguardsBrowserTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private final WebUi ui;

    SafeguardsBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void markup_in_a_title_is_shown_as_literal_text_and_never_run() {
        TodoPage page = signedInAs("markup");
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
        ui.browser().screenshot("safeguards-markup-as-text", page.task(MARKUP));
    }

    @Test
    void an_over_long_title_gets_the_servers_message_next_to_the_field() {
        TodoPage page = signedInAs("long-title");
        page.fillTask("add", TaskInput.titled("x".repeat(201)));
        page.click(By.cssSelector("#add-form button[type=submit]"));

        assertThat(page.text(By.id("add-title-error"))).contains("200 characters");
        WebElement title = page.element(By.id("add-title"));
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(ui.browser().driver().switchTo().activeElement()).isEqualTo(title);
        assertThat(page.text(By.id("add-form-error"))).isEqualTo("Please correct the highlighted fields.");
        ui.browser().screenshot("safeguards-title-too-long");

        page.type(By.id("add-title"), "x".repeat(200));
        page.click(By.cssSelector("#add-form button[type=submit]"));
        page.awaitTitles(List.of("x".repeat(200)));
        assertThat(page.element(By.id("add-title-error")).getText()).isEmpty();
        assertThat(title.getAttribute("aria-invalid")).isNull();
    }

    private TodoPage signedInAs(String label) {
        String email = label.contains("@") ? label : WebUi.uniqueEmail(label);
        ui.api().signUp("Careful Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        return page;
    }
}

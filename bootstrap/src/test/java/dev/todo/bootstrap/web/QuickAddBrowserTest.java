package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** The quick-add line on top of the list, and what the first screen shows (issue: the form filled it). */
@ExtendWith(WebUiExtension.class)
class QuickAddBrowserTest {
    private final WebUi ui;

    QuickAddBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    private TodoPage signedInAs(String label) {
        String email = WebUi.uniqueEmail(label);
        ui.api().signUp("Quick Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        return page;
    }

    @Test
    void a_line_with_tags_and_a_priority_becomes_a_task_with_them_and_the_rest_as_its_title() {
        TodoPage page = signedInAs("quick");

        page.quickAdd("Buy #errands oat milk !high #home", "Buy oat milk");

        assertThat(page.task("Buy oat milk").getText()).contains("High priority", "errands", "home");
        assertThat(page.element(By.id("quick-title")).getAttribute("value")).isEmpty();
        page.type(By.id("quick-title"), "#only !low\n");
        assertThat(page.text(By.id("quick-title-error"))).contains("Type what the task is");
        assertThat(page.titles()).containsExactly("Buy oat milk");
    }

    @Test
    void the_first_screen_at_1280_by_900_shows_the_quick_add_line_and_at_least_five_tasks() {
        TodoPage page = signedInAs("first-screen");
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

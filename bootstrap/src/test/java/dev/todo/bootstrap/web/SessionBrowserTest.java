package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.todo.bootstrap.TodoApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;

/**
 * Sessions in the browser, against a server of its own whose access tokens live two seconds: the page
 * renews them (before a request when one has expired, so typed input is never lost), reloads and new tabs
 * stay signed in through the HttpOnly cookie, signing out ends the session on the server and in every tab,
 * and a session ended elsewhere keeps the typed task and adds it after the person signs in again.
 */
@ExpectsFailedRequests({401})
@ExtendWith(WebUiExtension.class)
class SessionBrowserTest {
    private static Path data;
    private static TodoApplication server;

    private final WebUi ui;

    SessionBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @BeforeAll
    static void startServer() throws IOException {
        data = Files.createTempDirectory("todo-sessions-");
        server = TodoApplication.start(Map.of(
                "PORT", "0", "MANAGEMENT_PORT", "0", "TODO_DATA_DIR", data.toString(), "AUTH_TOKEN_TTL", "PT2S"));
    }

    @AfterAll
    static void stopServer() throws IOException {
        try {
            server.close();
        } finally {
            Folders.deleteRecursively(data);
        }
    }

    private TodoPage signedUp(String label) {
        TodoPage page = TodoPage.signedOut(ui.browser(), server.baseUri());
        page.signUp("Session Person", WebUi.uniqueEmail(label), WebUi.PASSWORD);
        return page;
    }

    private TodoApi api() {
        return new TodoApi(server.baseUri());
    }

    /**
     * Runs {@code steps} in pages whose timers of a second or more never fire, as in a tab the browser
     * stopped running timers in (a sleeping laptop): the page cannot renew its session ahead of time.
     */
    private void withTimersFrozen(ThrowingRunnable steps) throws Exception {
        var frozen = ui.browser()
                .driver()
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "const original = window.setTimeout;"
                                        + "window.setTimeout = (f, ms, ...a) => ms >= 1000 ? 0 : original(f, ms, ...a);"));
        try {
            steps.run();
        } finally {
            ui.browser()
                    .driver()
                    .executeCdpCommand(
                            "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", frozen.get("identifier")));
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void a_typed_task_is_added_after_the_access_token_expired_without_signing_in_again() throws Exception {
        withTimersFrozen(() -> {
            TodoPage page = signedUp("expired");
            String cookieBefore = page.refreshCookie();
            page.type(By.id("add-title"), "Written while the token expired");

            Thread.sleep(3_000); // the two-second access token has expired

            page.click(By.cssSelector("#add-form button[type=submit]"));
            page.awaitTitles(List.of("Written while the token expired"));
            assertThat(page.element(TodoPage.TASKS_VIEW).isDisplayed()).isTrue();
            assertThat(page.refreshCookie()).as("renewed with the cookie").isNotEqualTo(cookieBefore);
        });
    }

    @Test
    void a_reload_and_a_new_tab_stay_signed_in_and_signing_out_signs_every_tab_out() throws Exception {
        TodoPage page = signedUp("tabs");
        page.addTask(TaskInput.titled("Still here"));
        Thread.sleep(2_500); // past the first access token's lifetime

        ui.browser().driver().navigate().refresh();
        page.awaitTaskList();
        page.awaitTitles(List.of("Still here"));

        String first = ui.browser().driver().getWindowHandle();
        ui.browser().driver().switchTo().newWindow(WindowType.TAB);
        try {
            ui.browser().driver().get(server.baseUri().toString());
            page.awaitTaskList();
            page.awaitTitles(List.of("Still here"));

            page.signOut();
            assertThat(page.refreshCookie()).isNull();
        } finally {
            ui.browser().driver().close();
            ui.browser().driver().switchTo().window(first);
        }
        ui.browser().await().until(visibilityOfElementLocated(TodoPage.SIGN_IN_FORM));
        assertThat(page.text(By.id("auth-notice"))).isEqualTo("You signed out in another tab.");
        ui.browser().driver().navigate().refresh();
        page.open();
        assertThat(page.element(TodoPage.TASKS_VIEW).isDisplayed()).isFalse();
    }

    @Test
    void two_tabs_that_keep_renewing_their_two_second_tokens_stay_signed_in_and_keep_no_token_in_web_storage()
            throws Exception {
        TodoPage page = signedUp("two-tabs");
        String first = ui.browser().driver().getWindowHandle();
        ui.browser().driver().switchTo().newWindow(WindowType.TAB);
        try {
            ui.browser().driver().get(server.baseUri().toString());
            page.awaitTaskList();

            Thread.sleep(8_000); // each tab renews its token several times with the one shared cookie

            page.addTask(TaskInput.titled("From the second tab"));
            assertThat(
                            (String)
                                    ui.browser()
                                            .script(
                                                    "return JSON.stringify([Object.values(localStorage), Object.values(sessionStorage)])"))
                    .as("no JWT in Web Storage")
                    .doesNotContain("eyJ");
        } finally {
            ui.browser().driver().close();
            ui.browser().driver().switchTo().window(first);
        }
        page.addTask(TaskInput.titled("From the first tab"));
        page.awaitTitles(List.of("From the first tab", "From the second tab"));
    }

    @Test
    void a_task_added_after_the_session_ended_elsewhere_is_kept_and_added_once_after_signing_in_again()
            throws Exception {
        withTimersFrozen(() -> {
            TodoPage page = signedUp("ended");
            String email = page.storedAccount().email();
            page.type(By.id("add-title"), "Do not lose me");
            page.type(By.id("add-description"), "Typed before the session ended");

            api().signOut(page.refreshCookie()); // e.g. "sign out everywhere" from another device
            page.click(By.cssSelector("#add-form button[type=submit]"));

            ui.browser().await().until(textToBePresentInElementLocated(By.id("auth-notice"), "session has ended"));
            assertThat(page.element(By.id("sign-in-email")).getAttribute("value"))
                    .isEqualTo(email);
            ui.browser().screenshots("session-ended-draft-kept");
            page.signIn(email, WebUi.PASSWORD);

            page.awaitTitles(List.of("Do not lose me"));
            var account = page.storedAccount();
            var stored = api().listTasks(account.token(), account.userId());
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).path("description").asText()).isEqualTo("Typed before the session ended");
            assertThat(page.element(By.id("add-title")).getAttribute("value")).isEmpty();
        });
    }

    @Test
    void a_quick_add_line_pending_when_the_session_ended_is_put_back_and_added_once() throws Exception {
        withTimersFrozen(() -> {
            TodoPage page = signedUp("quick-ended");
            String email = page.storedAccount().email();
            page.type(By.id("quick-title"), "Call the plumber #home !high");

            api().signOut(page.refreshCookie());
            page.element(By.id("quick-title")).sendKeys(Keys.ENTER);

            ui.browser().await().until(textToBePresentInElementLocated(By.id("auth-notice"), "session has ended"));
            page.signIn(email, WebUi.PASSWORD);

            page.awaitTitles(List.of("Call the plumber"));
            var account = page.storedAccount();
            var stored = api().listTasks(account.token(), account.userId());
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).path("priority").asText()).isEqualTo("high");
            assertThat(stored.get(0).path("tags").get(0).asText()).isEqualTo("home");
            assertThat(page.element(By.id("quick-title")).getAttribute("value")).isEmpty();
        });
    }

    @Test
    void a_session_ended_elsewhere_while_typing_leads_to_sign_in_and_puts_the_typing_back() {
        TodoPage page = signedUp("typing");
        String email = page.storedAccount().email();
        page.type(By.id("add-title"), "Half-written");

        api().signOut(page.refreshCookie());

        // the page's next renewal (within the two-second token lifetime) finds the session gone
        ui.browser().await().until(textToBePresentInElementLocated(By.id("auth-notice"), "session has ended"));
        page.signIn(email, WebUi.PASSWORD);
        assertThat(page.element(By.id("add-title")).getAttribute("value")).isEqualTo("Half-written");
        page.awaitTitles(List.of());
    }
}

package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * A reminder that comes due while the list is open shows as a browser notification, titled by its task, one
 * per entry however many tabs are open, and clicking it shows the task; permission is asked only when a
 * reminder is set; an entry that arrives late is told in the page instead (007 FR-743).
 */
@ExtendWith(WebUiExtension.class)
class RemindersBrowserTest {
    private final WebUi ui;

    RemindersBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void a_reminder_coming_due_shows_a_notification_with_the_tasks_title() {
        String email = WebUi.uniqueEmail("reminded");
        ui.api().signUp("Reminded Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        page.addTask(TaskInput.titled("Mine"));
        // records what the page shows through the real Notification API, which stays in place
        ui.browser().script("""
                window.notified = [];
                const Real = window.Notification;
                window.Notification = function (title, options) {
                  const shown = new Real(title, options);
                  window.notified.push(title);
                  return shown;
                };
                Object.defineProperty(window.Notification, 'permission', { get: () => Real.permission });
                window.Notification.requestPermission = () => Real.requestPermission();
                """);
        assertThat(ui.browser().script("return Notification.permission")).isEqualTo("granted");
        TodoApi.Account account = page.storedAccount();
        Instant remindAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);

        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        Map.of("title", "Call the dentist", "remind_at", remindAt.toString()));

        ui.browser().await().until(driver -> page.titles().containsAll(List.of("Mine", "Call the dentist")));
        assertThat(page.task("Call the dentist").getText()).contains("Reminder");
        ui.browser()
                .await()
                .withTimeout(Duration.ofSeconds(15))
                .until(driver -> !((List<?>) ui.browser().script("return window.notified")).isEmpty());
        assertThat(ui.browser().script("return window.notified")).isEqualTo(List.of("Call the dentist"));
        assertThat(ui.browser().script("return document.getElementById('status').textContent"))
                .isEqualTo("Reminder: Call the dentist");
    }

    /**
     * A stand-in for the Notification API in every page this test opens: it records each notification
     * (title, tag) and each request for permission, which stays "default" until one is made.
     */
    private static final String NOTIFICATION_SPY = """
            window.notified = [];
            window.permissionAsked = 0;
            window.Notification = class extends EventTarget {
              static get permission() { return window.permissionAsked > 0 ? 'granted' : 'default'; }
              static requestPermission() { window.permissionAsked++; return Promise.resolve('granted'); }
              constructor(title, options) {
                super();
                this.title = title;
                this.tag = options?.tag;
                window.notified.push(this);
              }
            };
            """;

    private Object spied(ThrowingSupplier steps) throws Exception {
        var spy = ui.browser()
                .driver()
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTIFICATION_SPY));
        try {
            return steps.get();
        } finally {
            ui.browser()
                    .driver()
                    .executeCdpCommand(
                            "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", spy.get("identifier")));
        }
    }

    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Test
    void permission_is_asked_in_the_submit_that_sets_a_reminder_and_never_on_load() throws Exception {
        spied(() -> {
            TodoPage page = ui.signedInPage("asked");
            page.addTask(TaskInput.titled("No reminder here"));
            assertThat(ui.browser().script("return window.permissionAsked")).isEqualTo(0L);

            page.openAddDetails();
            page.type(By.id("add-title"), "With a reminder");
            new Select(page.element(By.id("add-remind"))).selectByValue("at");
            TodoPage.typeDateTime(
                    page.element(By.id("add-remind_at")), LocalDateTime.now().plusDays(1));
            page.click(By.cssSelector("#add-form button[type=submit]"));
            page.task("With a reminder");

            assertThat(ui.browser().script("return window.permissionAsked")).isEqualTo(1L);
            ui.browser().driver().navigate().refresh();
            page.awaitTaskList();
            assertThat(ui.browser().script("return window.permissionAsked")).isEqualTo(0L);
            return null;
        });
    }

    @Test
    void two_tabs_show_one_notification_and_clicking_it_brings_the_task_into_view() throws Exception {
        spied(() -> {
            String email = WebUi.uniqueEmail("two-tabs");
            var account = ui.api().signUp("Two Tabs", email, WebUi.PASSWORD);
            Instant remindAt = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
            ui.api()
                    .createTask(
                            account.token(),
                            account.userId(),
                            Map.of("title", "Water the plants", "remind_at", remindAt.toString()));
            for (int i = 1; i <= 25; i++) {
                ui.api().createTask(account.token(), account.userId(), Map.of("title", "Newer task " + i));
            }
            TodoPage page = ui.freshPage();
            page.signIn(email, WebUi.PASSWORD);
            page.task("Water the plants");
            ui.browser().script("window.permissionAsked = 1"); // as if allowed earlier
            String first = ui.browser().driver().getWindowHandle();
            ui.browser().driver().switchTo().newWindow(WindowType.TAB);
            try {
                // a tab of its own gets the stand-in of its own
                ui.browser()
                        .driver()
                        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTIFICATION_SPY));
                page.open();
                page.awaitTaskList();
                ui.browser().script("window.permissionAsked = 1");
                List<String> secondTags = awaitNotificationTags();
                ui.browser().driver().close();
                ui.browser().driver().switchTo().window(first);
                List<String> firstTags = awaitNotificationTags();

                assertThat(firstTags).hasSize(1).isEqualTo(secondTags); // one tag: the system shows one
                assertThat(inView(page, "Water the plants")).isFalse();
                ui.browser().script("window.notified[0].dispatchEvent(new Event('click'))");
                ui.browser().await().until(driver -> inView(page, "Water the plants"));
            } finally {
                if (!ui.browser().driver().getWindowHandle().equals(first)) {
                    ui.browser().driver().close();
                    ui.browser().driver().switchTo().window(first);
                }
            }
            return null;
        });
    }

    @Test
    void an_entry_older_than_fifteen_minutes_on_arrival_is_told_in_the_page_not_notified() throws Exception {
        spied(() -> {
            TodoPage page = ui.signedInPage("late");
            ui.browser().script("window.permissionAsked = 1");
            // a tab that slept: the stream hands it an entry written twenty minutes ago
            ui.browser().script("""
                            const done = arguments[0];
                            import('/js/reminders.js').then((reminders) => {
                              reminders.remind({ id: 41, type: 'reminder.due',
                                at: new Date(Date.now() - 20 * 60 * 1000).toISOString(),
                                task: { id: 7, title: 'Old reminder', due_at: null } });
                              reminders.remind({ id: 42, type: 'reminder.due', at: new Date().toISOString(),
                                task: { id: 8, title: 'Fresh reminder', due_at: null } });
                            });
                            """);
            ui.browser().await().until(driver -> ((List<?>) ui.browser().script("return window.notified")).size() == 1);
            assertThat(ui.browser().script("return window.notified.map((n) => n.title)"))
                    .isEqualTo(List.of("Fresh reminder"));
            assertThat(page.text(By.id("banner"))).contains("Reminder: Old reminder");
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> awaitNotificationTags() {
        ui.browser()
                .await()
                .withTimeout(Duration.ofSeconds(20))
                .until(driver -> !((List<?>) ui.browser().script("return window.notified")).isEmpty());
        return (List<String>) ui.browser().script("return window.notified.map((n) => n.tag)");
    }

    private boolean inView(TodoPage page, String title) {
        return (Boolean) ui.browser()
                .script(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                        page.task(title));
    }
}

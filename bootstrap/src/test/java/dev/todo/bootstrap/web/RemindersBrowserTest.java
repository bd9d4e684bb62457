package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A reminder that comes due while the list is open shows as a browser notification, titled by its task (007 FR-743). */
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
}

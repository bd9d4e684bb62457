package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Upcoming reads by day (008 FR-811): it takes the due-date order, and each day's first task carries its heading. */
@ExtendWith(WebUiExtension.class)
class UpcomingByDayBrowserTest {
    private final WebUi ui;

    UpcomingByDayBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void upcoming_tasks_are_ordered_by_due_time_under_a_heading_per_day() {
        String email = WebUi.uniqueEmail("upcoming");
        var account = ui.api().signUp("Planning Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        ZoneId zone =
                ZoneId.of((String) ui.browser().script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        LocalDate today = LocalDate.now(zone);
        create(
                account,
                "Dentist",
                today.plusDays(1).atTime(15, 0).atZone(zone).toInstant().toString());
        create(
                account,
                "Call Ada",
                today.plusDays(1).atTime(9, 0).atZone(zone).toInstant().toString());
        create(
                account,
                "Pay rent",
                today.plusDays(2).atTime(8, 0).atZone(zone).toInstant().toString());
        create(account, "Someday", null);
        page.signIn(email, WebUi.PASSWORD);

        new Select(page.element(By.id("filter-when"))).selectByValue("upcoming");

        page.awaitTitles(List.of("Call Ada", "Dentist", "Pay rent"));
        assertThat(new Select(page.element(By.id("filter-sort")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("due_date");
        assertThat(heading(page.task("Call Ada"))).startsWith("Tomorrow, ");
        ui.browser().screenshots("upcoming-by-day");
        assertThat(page.task("Dentist").findElements(By.cssSelector(".day-heading")))
                .isEmpty();
        assertThat(heading(page.task("Pay rent"))).doesNotStartWith("Tomorrow").isNotBlank();
    }

    private void create(TodoApi.Account account, String title, String due) {
        ui.api()
                .createTask(
                        account.token(),
                        account.userId(),
                        due == null ? Map.of("title", title) : Map.of("title", title, "due_at", due));
    }

    private static String heading(WebElement item) {
        return item.findElement(By.cssSelector(".day-heading")).getText();
    }
}

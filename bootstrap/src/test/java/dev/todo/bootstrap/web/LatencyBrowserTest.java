package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * First render and add-task latency in the page (008 SC-806; R809), twenty runs each, medians and 95th
 * percentiles printed (and recorded in bench/RESULTS.md); only generous ceilings are asserted, so that a
 * slow machine does not fail the build.
 */
// Twenty reloads in a few seconds leave streams the server has not yet seen closed (it notices at the next
// ping): the person's stream limit answers the newest ones 429 for a while, and the page tries again.
@ExpectsFailedRequests({429})
@ExtendWith(WebUiExtension.class)
class LatencyBrowserTest {
    private static final int RUNS = 20;
    private final WebUi ui;

    LatencyBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void first_render_of_fifty_tasks_and_adding_a_task_from_enter_to_its_item() {
        String email = WebUi.uniqueEmail("latency");
        var account = ui.api().signUp("Quick Person", email, WebUi.PASSWORD);
        for (int i = 0; i < 50; i++) {
            ui.api()
                    .createTask(
                            account.token(),
                            account.userId(),
                            Map.of("title", "Task " + i, "tags", List.of("t" + i % 5)));
        }
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        page.awaitTaskList();

        List<Double> firstRender = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            ui.browser().driver().navigate().refresh();
            page.awaitTaskList();
            ui.browser().await().until(driver -> page.titles().size() == 50);
            firstRender.add(((Number)
                            ui.browser().script("return performance.getEntriesByName('todo:list-shown')[0].startTime"))
                    .doubleValue());
        }

        List<Double> add = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String title = "Added " + run;
            ui.browser().script("""
                    window.addLatency = null;
                    const title = arguments[0];
                    document.addEventListener('keydown', function onEnter(event) {
                      if (event.key !== 'Enter') return;
                      document.removeEventListener('keydown', onEnter, { capture: true });
                      const start = performance.now();
                      const seen = new MutationObserver(() => {
                        const shown = [...document.querySelectorAll('#task-list .task-title')]
                          .some((item) => item.textContent === title);
                        if (shown) { window.addLatency = performance.now() - start; seen.disconnect(); }
                      });
                      seen.observe(document.getElementById('task-list'), { childList: true, subtree: true });
                    }, { capture: true });""", title);
            page.element(By.id("quick-title")).sendKeys(title, Keys.ENTER);
            ui.browser()
                    .await()
                    .withTimeout(Duration.ofSeconds(10))
                    .until(driver -> ui.browser().script("return window.addLatency") != null);
            add.add(((Number) ui.browser().script("return window.addLatency")).doubleValue());
        }

        System.out.printf(
                "web UI latency over %d runs: first render of 50 tasks median %.0f ms, p95 %.0f ms;"
                        + " add task median %.0f ms, p95 %.0f ms%n",
                RUNS,
                percentile(firstRender, 50),
                percentile(firstRender, 95),
                percentile(add, 50),
                percentile(add, 95));
        assertThat(percentile(firstRender, 50)).isLessThan(5_000);
        assertThat(percentile(add, 50)).isLessThan(2_000);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}

package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.devtools.RequestFailedException;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.Filter;
import org.openqa.selenium.remote.http.HttpMethod;
import org.openqa.selenium.remote.http.HttpResponse;

/**
 * What the page says when the server is unavailable or rate limits. A healthy application cannot be made to
 * answer 503 or 429 on demand, so the browser's own network layer answers a few requests in its place.
 */
@ExpectsFailedRequests({429, 503})
@ExtendWith(WebUiExtension.class)
class ServerTroubleBrowserTest {
    private static final By BANNER = By.id("banner");
    private static final By ADD = By.cssSelector("#add-form button[type=submit]");

    private final WebUi ui;

    ServerTroubleBrowserTest(WebUi ui) {
        this.ui = ui;
    }

    @Test
    void an_unavailable_or_rate_limiting_server_is_explained_in_a_banner_and_the_input_kept() {
        String email = WebUi.uniqueEmail("trouble");
        ui.api().signUp("Patient Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        Deque<HttpResponse> troubles = new ConcurrentLinkedDeque<>(List.of(problem(503, "30"), problem(429, "7")));
        Filter troubleOnTaskCreation = next -> request ->
                request.getMethod() == HttpMethod.POST && request.getUri().endsWith("/tasks") && !troubles.isEmpty()
                        ? troubles.poll()
                        : next.execute(request);

        NetworkInterceptor interceptor = new NetworkInterceptor(ui.browser().driver(), troubleOnTaskCreation);
        try {
            page.fillTask("add", TaskInput.titled("Survives trouble"));
            page.click(ADD);
            ui.browser()
                    .await()
                    .until(textToBePresentInElementLocated(
                            BANNER, "temporarily unavailable. Please try again in 30 seconds."));
            ui.browser().screenshots("trouble-unavailable");
            assertThat(page.element(By.id("add-title")).getAttribute("value")).isEqualTo("Survives trouble");

            page.click(ADD);
            ui.browser()
                    .await()
                    .until(textToBePresentInElementLocated(
                            BANNER, "Too many requests. Please wait 7 seconds and try again."));

            page.click(ADD);
            page.awaitTitles(List.of("Survives trouble"));
            assertThat(page.element(BANNER).getText()).isEmpty();
        } finally {
            interceptor.close();
        }
    }

    @Test
    void a_task_whose_answer_is_lost_on_the_way_is_sent_again_and_stored_once() {
        String email = WebUi.uniqueEmail("lost-answer");
        TodoApi.Account account = ui.api().signUp("Unlucky Person", email, WebUi.PASSWORD);
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        AtomicInteger creates = new AtomicInteger();
        List<String> keys = new CopyOnWriteArrayList<>();
        Filter loseTheFirstAnswer = next -> request -> {
            if (request.getMethod() != HttpMethod.POST || !request.getUri().endsWith("/tasks")) {
                return next.execute(request);
            }
            keys.add(request.getHeader("Idempotency-Key"));
            HttpResponse answer = next.execute(request); // the server has created the task
            if (creates.incrementAndGet() == 1) {
                throw new RequestFailedException(); // the browser sees the connection fail, with no answer
            }
            return answer;
        };

        NetworkInterceptor interceptor = new NetworkInterceptor(ui.browser().driver(), loseTheFirstAnswer);
        try {
            page.fillTask("add", TaskInput.titled("Sent twice, stored once"));
            page.click(ADD);
            page.awaitTitles(List.of("Sent twice, stored once"));
        } finally {
            interceptor.close();
        }

        // the page showed the task, so it sent the request again (a failed one alone shows none); once stored:
        // the second request carried the first one's key (the interceptor stops after failing one request)
        assertThat(keys).first().isNotNull();
        assertThat(page.element(BANNER).getText()).isEmpty();
        assertThat(ui.api().listTasks(account.token(), account.userId())).hasSize(1);
    }

    /** A completion or a deletion shows at once, and is put back when the server refuses it (008 FR-822). */
    @Test
    void a_refused_completion_or_deletion_is_put_back_and_explained() {
        String email = WebUi.uniqueEmail("refused");
        var account = ui.api().signUp("Unlucky Person", email, WebUi.PASSWORD);
        ui.api().createTask(account.token(), account.userId(), java.util.Map.of("title", "Stays"));
        TodoPage page = ui.freshPage();
        page.signIn(email, WebUi.PASSWORD);
        page.awaitTitles(List.of("Stays"));
        Deque<HttpResponse> troubles = new ConcurrentLinkedDeque<>(List.of(problem(503, "30"), problem(503, "30")));
        Filter refuseWrites =
                next -> request -> (request.getMethod() == HttpMethod.PATCH || request.getMethod() == HttpMethod.DELETE)
                                && !troubles.isEmpty()
                        ? troubles.poll()
                        : next.execute(request);

        NetworkInterceptor interceptor = new NetworkInterceptor(ui.browser().driver(), refuseWrites);
        try {
            page.task("Stays").findElement(By.cssSelector("input.task-done")).click();
            ui.browser().await().until(textToBePresentInElementLocated(BANNER, "temporarily unavailable"));
            assertThat(page.task("Stays").getAttribute("class")).doesNotContain("completed");
            assertThat(page.task("Stays")
                            .findElement(By.cssSelector("input.task-done"))
                            .isSelected())
                    .isFalse();

            page.task("Stays").findElement(By.cssSelector("button.delete")).click();
            ui.browser().await().until(driver -> troubles.isEmpty());
            page.awaitTitles(List.of("Stays"));
            assertThat(page.element(BANNER).getText()).contains("temporarily unavailable");
            assertThat(ui.api().listTasks(account.token(), account.userId())).hasSize(1);
        } finally {
            interceptor.close();
        }
    }

    private static HttpResponse problem(int status, String retryAfter) {
        return new HttpResponse()
                .setStatus(status)
                .setHeader("Content-Type", "application/problem+json")
                .setHeader("Retry-After", retryAfter)
                .setContent(Contents.utf8String(
                        "{\"type\":\"about:blank\",\"title\":\"Trouble\",\"status\":" + status + "}"));
    }
}

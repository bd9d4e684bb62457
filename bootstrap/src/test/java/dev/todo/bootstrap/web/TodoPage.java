package dev.todo.bootstrap.web;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Todo page as a person uses it: controls found by id and label, every step waits for the page to settle. */
final class TodoPage {
    static final By TASK_LIST = By.id("task-list");
    static final By TASKS_VIEW = By.id("tasks-view");
    static final By AUTH_VIEW = By.id("auth-view");
    static final By SIGN_IN_FORM = By.id("sign-in-form");
    private static final By TASK_TITLES = By.cssSelector("#task-list > li .task-title");
    private static final DateTimeFormatter DATE_KEYS = DateTimeFormatter.ofPattern("MMddyyyy", Locale.US);
    private static final DateTimeFormatter TIME_KEYS = DateTimeFormatter.ofPattern("hhmma", Locale.US);

    private final Browser browser;
    private final URI baseUri;
    /** Who signed in through this page, so tests can open a session of their own as that person. */
    private String email;

    private String password;

    TodoPage(Browser browser, URI baseUri) {
        this.browser = browser;
        this.baseUri = baseUri;
    }

    /**
     * The page as a new visitor gets it: desktop-sized, no session cookie, nothing stored. The cookie and
     * storage are cleared on a page of the same origin that runs no script (the health check), so that no
     * session the app was resuming can come back.
     */
    static TodoPage signedOut(Browser browser, URI baseUri) {
        browser.resize(Browser.DESKTOP);
        browser.driver().get(baseUri.resolve("/healthz").toString());
        browser.driver().manage().deleteAllCookies();
        browser.script("sessionStorage.clear(); localStorage.clear()");
        TodoPage page = new TodoPage(browser, baseUri);
        page.open();
        return page;
    }

    void open() {
        browser.driver().get(baseUri.toString());
        browser.await().until(driver -> shown(AUTH_VIEW) || shown(TASKS_VIEW));
    }

    void signUp(String name, String email, String password) {
        this.email = email;
        this.password = password;
        click(By.id("show-sign-up"));
        type(By.id("sign-up-name"), name);
        type(By.id("sign-up-email"), email);
        type(By.id("sign-up-password"), password);
        click(By.cssSelector("#sign-up-form button[type=submit]"));
        awaitTaskList();
    }

    void signIn(String email, String password) {
        this.email = email;
        this.password = password;
        browser.await().until(visibilityOfElementLocated(SIGN_IN_FORM));
        type(By.id("sign-in-email"), email);
        type(By.id("sign-in-password"), password);
        click(By.cssSelector("#sign-in-form button[type=submit]"));
        awaitTaskList();
    }

    void signOut() {
        click(By.id("sign-out"));
        browser.await().until(visibilityOfElementLocated(SIGN_IN_FORM));
    }

    void awaitTaskList() {
        browser.await().until(visibilityOfElementLocated(TASKS_VIEW));
        browser.await().until(attributeToBe(TASK_LIST, "aria-busy", "false"));
    }

    void fillTask(String prefix, TaskInput input) {
        if (input.title() != null) type(By.id(prefix + "-title"), input.title());
        if (input.description() != null) type(By.id(prefix + "-description"), input.description());
        if (input.priority() != null) {
            new Select(element(By.id(prefix + "-priority"))).selectByValue(input.priority());
        }
        if (input.due() != null) typeDateTime(element(By.id(prefix + "-due_at")), input.due());
        if (input.tags() != null) type(By.id(prefix + "-tags"), input.tags());
    }

    /** Types a date and time the way a person does in Chromium's en-US datetime-local control. */
    static void typeDateTime(WebElement input, LocalDateTime time) {
        input.sendKeys(DATE_KEYS.format(time), TIME_KEYS.format(time).substring(0, 5));
    }

    void addTask(TaskInput input) {
        openAddDetails();
        fillTask("add", input);
        click(By.cssSelector("#add-form button[type=submit]"));
        task(input.title());
    }

    /** Opens the add form's fields under the quick-add line, as a person clicks "More fields". */
    void openAddDetails() {
        if (element(By.id("add-details")).getAttribute("open") == null) {
            click(By.cssSelector("#add-details > summary"));
        }
    }

    /** Types a line into the quick-add field and presses Enter; waits for the task it names to show. */
    void quickAdd(String line, String expectedTitle) {
        type(By.id("quick-title"), line + "\n");
        task(expectedTitle);
    }

    void editTask(String title, TaskInput changes) {
        task(title).findElement(By.cssSelector("button.edit")).click();
        browser.await().until(visibilityOfElementLocated(By.id("edit-dialog")));
        fillTask("edit", changes);
        click(By.cssSelector("#edit-form button[type=submit]"));
        browser.await().until(invisibilityOfElementLocated(By.id("edit-dialog")));
    }

    void toggle(String title) {
        boolean before = task(title).getAttribute("class").contains("completed");
        task(title).findElement(By.cssSelector("input.task-done")).click();
        browser.await().until(driver -> task(title).getAttribute("class").contains("completed") != before);
    }

    /** Deletes a task (it goes to the trash at once); returns the notice that offers Undo. */
    WebElement delete(String title) {
        task(title).findElement(By.cssSelector("button.delete")).click();
        return browser.await().until(visibilityOfElementLocated(By.id("undo")));
    }

    void choose(String filterId, String value) {
        new Select(element(By.id(filterId))).selectByValue(value);
    }

    /** The task's list item, once it is shown. */
    WebElement task(String title) {
        By item = By.xpath("//ul[@id='task-list']/li[.//p[@class='task-title' and .=" + xpathLiteral(title) + "]]");
        return browser.await().until(visibilityOfElementLocated(item));
    }

    /** Waits until the list, done loading, shows exactly these titles in this order. */
    void awaitTitles(List<String> expected) {
        browser.await()
                .withMessage(() -> "task list showing " + expected + " but was " + titles())
                .until(driver ->
                        "false".equals(element(TASK_LIST).getAttribute("aria-busy")) && titles().equals(expected));
    }

    List<String> titles() {
        return browser.driver().findElements(TASK_TITLES).stream()
                .map(WebElement::getText)
                .toList();
    }

    WebElement element(By locator) {
        return browser.driver().findElement(locator);
    }

    String text(By locator) {
        return browser.await().until(visibilityOfElementLocated(locator)).getText();
    }

    /** Replaces a text field's content with keystrokes, so the page sees the same input events as from a person. */
    void type(By locator, String text) {
        reveal(locator);
        WebElement field = browser.await().until(visibilityOfElementLocated(locator));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /**
     * A session of its own (signed in through the API) for the person signed in on this page, to prepare
     * data and check what was stored; the page keeps its tokens where tests cannot read them.
     */
    TodoApi.Account storedAccount() {
        return new TodoApi(baseUri).signIn(email, password);
    }

    /** The refresh-token cookie the page's session renews itself with (HttpOnly: scripts cannot read it). */
    String refreshCookie() {
        // WebDriver lists only the cookies of the current page's path; this one is limited to /api/auth
        Map<String, Object> answer = browser.driver()
                .executeCdpCommand(
                        "Network.getCookies",
                        Map.of(
                                "urls",
                                List.of(baseUri.resolve("/api/auth/refresh").toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cookies = (List<Map<String, Object>>) answer.get("cookies");
        return cookies.stream()
                .filter(cookie -> "todo_refresh".equals(cookie.get("name")))
                .map(cookie -> (String) cookie.get("value"))
                .findFirst()
                .orElse(null);
    }

    /** Clicks a control as a person does: scrolled to where it can be seen (not under the Undo notice) first. */
    void click(By locator) {
        reveal(locator);
        WebElement control = browser.await().until(elementToBeClickable(locator));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    /** Opens the closed "More fields" part the element is in, as a person clicks its summary first. */
    private void reveal(By locator) {
        for (WebElement found : browser.driver().findElements(locator)) {
            browser.script(
                    "const part = arguments[0].closest('details');"
                            + " if (part && !part.open) part.querySelector('summary').click();",
                    found);
        }
    }

    private boolean shown(By locator) {
        return browser.driver().findElement(locator).isDisplayed();
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) return "'" + text + "'";
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}

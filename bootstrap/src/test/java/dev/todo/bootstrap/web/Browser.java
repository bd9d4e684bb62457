package dev.todo.bootstrap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver: nothing is downloaded, each run gets a fresh profile. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    // A zone far from UTC, so that a due time typed in local time visibly has to be converted.
    static final String TIME_ZONE = "Asia/Kolkata";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** The programs this machine lacks to run the browser, by path; empty when all is there. */
    static List<String> missingPrograms() {
        return Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(program -> !Files.isExecutable(program))
                .map(Path::toString)
                .toList();
    }

    static Browser open() throws IOException {
        Path profile = Files.createTempDirectory("todo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-US",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile);
        // reminders notify through the Notification API: allowed as a person would when the page asks
        options.setExperimentalOption(
                "prefs", java.util.Map.of("profile.default_content_setting_values.notifications", 1));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE, "LANG", "en_US.UTF-8", "LANGUAGE", "en_US"))
                .build();
        return new Browser(profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** An explicit wait that looks again when the page has just replaced what it was looking at. */
    FluentWait<WebDriver> await() {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** A screenshot with this element scrolled to the middle of the window. */
    void screenshot(String name, WebElement subject) {
        script("arguments[0].scrollIntoView({block: 'center'})", subject);
        screenshot(name);
    }

    /** The phone size the journeys are also shot at (a common phone in portrait). */
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * A journey's screenshots at both sizes: {@code name-desktop} as the window is, {@code name-phone} at
     * {@link #PHONE}; the window is put back to its size afterwards.
     */
    void screenshots(String name, WebElement subject) {
        script("arguments[0].scrollIntoView({block: 'center'})", subject);
        screenshots(name);
    }

    void screenshots(String name) {
        Dimension before = driver.manage().window().getSize();
        screenshot(name + "-desktop");
        resize(PHONE);
        script("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
        screenshot(name + "-phone");
        resize(before);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Console errors since the last call: the page breaking its own rules (CSP), throwing, or any other
     * error-level entry, except requests that failed with one of {@code provoked} (a test's own doing).
     */
    List<String> consoleProblems(Set<Integer> provoked) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy")
                        || entry.getMessage().contains("Uncaught"))
                .map(LogEntry::getMessage)
                .filter(message -> provoked.stream()
                        .noneMatch(status -> message.contains("the server responded with a status of " + status + " ")))
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            Folders.deleteRecursively(profile);
        }
    }
}

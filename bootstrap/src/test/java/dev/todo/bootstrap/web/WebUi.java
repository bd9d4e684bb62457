package dev.todo.bootstrap.web;

import dev.todo.bootstrap.TodoApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** The whole application (embedded PostgreSQL in a temporary folder) and one browser, shared by the web UI tests. */
final class WebUi implements AutoCloseable {
    private final Path dataDirectory;
    private final TodoApplication application;
    private final Browser browser;

    private WebUi(Path dataDirectory, TodoApplication application, Browser browser) {
        this.dataDirectory = dataDirectory;
        this.application = application;
        this.browser = browser;
    }

    static WebUi start() {
        try {
            Path data = Files.createTempDirectory("todo-web-ui-");
            TodoApplication application = TodoApplication.start(
                    Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "TODO_DATA_DIR", data.toString()));
            try {
                return new WebUi(data, application, Browser.open());
            } catch (IOException | RuntimeException e) {
                application.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password every test account signs up with. */
    static final String PASSWORD = "correct horse battery";

    /** An address no other test run has used, so that every test has a person of its own. */
    static String uniqueEmail(String label) {
        return label + "-" + UUID.randomUUID() + "@example.test";
    }

    Browser browser() {
        return browser;
    }

    TodoApi api() {
        return new TodoApi(application.baseUri());
    }

    /** The page as a new visitor gets it: signed out, desktop-sized window. */
    TodoPage freshPage() {
        return TodoPage.signedOut(browser, application.baseUri());
    }

    /** A page on which a new person (an account of its own, named after {@code label}) has signed in. */
    TodoPage signedInPage(String label) {
        String email = uniqueEmail(label);
        api().signUp("Person " + label, email, PASSWORD);
        TodoPage page = freshPage();
        page.signIn(email, PASSWORD);
        return page;
    }

    @Override
    public void close() throws IOException {
        try (application) {
            browser.close();
        } finally {
            Folders.deleteRecursively(dataDirectory);
        }
    }
}

package dev.todo.adapter.http;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} for a whole test class, with Alice signed up, and shortcuts to her tasks;
 * register it as a static {@code @RegisterExtension} field.
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<HttpConfig> customise;
    private TestServer server;
    private TestServer.Account alice;

    SharedServer() {
        this(UnaryOperator.identity());
    }

    SharedServer(UnaryOperator<HttpConfig> customise) {
        this.customise = customise;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(customise);
        alice = server.signUp("Alice", "alice@example.com");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    TestServer server() {
        return server;
    }

    Api api() {
        return server.api;
    }

    TestServer.Account alice() {
        return alice;
    }

    /** Alice's task collection path. */
    String tasks() {
        return alice.tasks();
    }

    /** Alice's token. */
    String token() {
        return alice.token();
    }

    /** Creates a task of Alice's through the API and returns its path. */
    String createTask(String title) {
        var created = api().post(tasks())
                .bearer(token())
                .json("{\"title\":\"" + title + "\"}")
                .send();
        return tasks() + "/" + created.json().get("id").asLong();
    }
}

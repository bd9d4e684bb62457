package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.identity.AuthConfig;
import dev.todo.adapter.http.identity.Authentication;
import dev.todo.adapter.http.identity.LeakedPasswords;
import dev.todo.application.memory.InMemorySessionRepository;
import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.memory.InMemoryUserRepository;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.service.ApplicationServices;
import dev.todo.application.service.ChangeFeed;
import dev.todo.application.service.SessionPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/** A real server on port 0 over in-memory repositories and the real application services. */
final class TestServer implements AutoCloseable {
    static final Map<String, Object> JWKS =
            Map.of("keys", List.of(Map.of("kty", "OKP", "crv", "Ed25519", "x", "abc", "kid", "k1", "alg", "EdDSA")));

    final TestTokens tokens = new TestTokens();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySessionRepository sessions = new InMemorySessionRepository(Clock.systemUTC());
    final InMemoryTaskRepository store = new InMemoryTaskRepository();
    final FaultyTaskRepository tasks = new FaultyTaskRepository(store);
    /** Live changes, with the sweep every second (15 s in the service). */
    final ChangeFeed feed = new ChangeFeed(store.changeLog(), Duration.ofSeconds(1));

    final TestPasswordHasher hasher = new TestPasswordHasher();
    final AtomicBoolean ready = new AtomicBoolean(true);
    /** "METHOD route status" of each finished request, as the access log sees it. */
    final Queue<String> observed = new ConcurrentLinkedQueue<>();

    final TodoHttpServer server;
    final Api api;
    final int port;

    private TestServer(HttpConfig config) {
        store.changeLog().listen(feed);
        var useCases = ApplicationServices.over(
                tasks,
                store.changeLog(),
                feed,
                users,
                sessions,
                hasher,
                LeakedPasswords.bundled(),
                tokens,
                new SessionPolicy(SessionPolicy.DEFAULT_SESSION_TTL, Duration.ofMinutes(15)),
                RecurrenceExpander.NONE,
                Clock.systemUTC());
        server = new TodoHttpServer(
                config,
                useCases,
                tokens,
                () -> JWKS,
                ready::get,
                (method, route, status, d, u) -> observed.add(method + " " + route + " " + status));
        port = server.start();
        api = new Api(port);
    }

    static TestServer start() {
        return start(UnaryOperator.identity());
    }

    static TestServer start(UnaryOperator<HttpConfig> customise) {
        return new TestServer(customise.apply(HttpConfig.defaults(0)));
    }

    /** A server (not yet started) that authenticates with {@code auth}, as bootstrap wires it. */
    static TodoHttpServer withAuthentication(Authentication auth) {
        var tasks = new InMemoryTaskRepository();
        var useCases = ApplicationServices.over(
                tasks,
                tasks.changeLog(),
                new ChangeFeed(tasks.changeLog(), Duration.ofSeconds(15)),
                new InMemoryUserRepository(),
                new InMemorySessionRepository(Clock.systemUTC()),
                auth.passwordHasher(),
                LeakedPasswords.bundled(),
                auth.tokenIssuer(),
                new SessionPolicy(SessionPolicy.DEFAULT_SESSION_TTL, AuthConfig.DEFAULT_TOKEN_TTL),
                RecurrenceExpander.NONE,
                Clock.systemUTC());
        return new TodoHttpServer(
                HttpConfig.defaults(0),
                useCases,
                auth.tokenVerifier(),
                () -> auth.jwks().document(),
                () -> true);
    }

    /** Signs a new account up through the API. */
    Account signUp(String name, String email) {
        var response = api.post("/api/auth/sign-up/email")
                .json("{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"correct horse\"}")
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new Account(
                response.json().at("/user/id").asText(),
                response.json().get("token").asText());
    }

    /** The server's address, for clients other than {@link #api}. */
    java.net.URI uri() {
        return java.net.URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.stop();
        feed.close();
    }

    /** A signed-up user and a valid token for it. */
    record Account(String id, String token) {
        String tasks() {
            return "/api/" + id + "/tasks";
        }
    }
}

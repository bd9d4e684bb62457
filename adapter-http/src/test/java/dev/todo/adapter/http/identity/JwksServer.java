package dev.todo.adapter.http.identity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A JWKS endpoint on 127.0.0.1 that serves whatever keys the test sets, and counts its requests. */
final class JwksServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile byte[] document = TestTokens.json(Map.of("keys", List.of()));
    private volatile Duration delay = Duration.ZERO;

    JwksServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/auth/jwks", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = document;
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL, which Better Auth uses as both issuer and audience. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI jwksUrl() {
        return URI.create(baseUrl() + "/api/auth/jwks");
    }

    void serve(List<Map<String, Object>> keys) {
        document = TestTokens.json(Map.of("keys", keys));
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    int requests() {
        return requests.get();
    }

    /** Stops serving; the port then refuses connections. Safe to call more than once. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
    }
}

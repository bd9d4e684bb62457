package dev.todo.bootstrap.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The management port: Prometheus metrics at {@code /metrics}, liveness at {@code /healthz} and
 * readiness at {@code /readyz}. Bound to the loopback interface so nothing internal is public.
 */
public final class ManagementServer implements AutoCloseable {
    private final HttpServer server;

    private ManagementServer(HttpServer server) {
        this.server = server;
    }

    public static ManagementServer start(int port, PrometheusMeterRegistry registry, BooleanSupplier ready) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            server.createContext(
                    "/metrics",
                    exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.createContext(
                    "/healthz", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"ok\"}"));
            server.createContext("/readyz", exchange -> {
                boolean up = ready.getAsBoolean();
                respond(
                        exchange,
                        up ? 200 : 503,
                        "application/json",
                        up ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
            });
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                var thread = new Thread(r, "management");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return new ManagementServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the management port " + port, e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                // HEAD included: a probe answers only what a GET would run
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.todo.adapter.http.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JWKS endpoint that behaves like the Next.js server Better Auth runs in: HTTP/1.1 only, and a
 * request offering a protocol upgrade ({@code Upgrade: h2c}, {@code HTTP2-Settings}) gets its connection
 * closed without a byte of answer. Plain requests get the keys the test set.
 */
final class UpgradeRefusingJwksServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile byte[] document = TestTokens.json(Map.of("keys", List.of()));

    UpgradeRefusingJwksServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptAll, "upgrade-refusing-jwks");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    URI jwksUrl() {
        return URI.create(baseUrl() + "/api/auth/jwks");
    }

    void serve(List<Map<String, Object>> keys) {
        document = TestTokens.json(Map.of("keys", keys));
    }

    /** Requests answered with the key set. */
    int served() {
        return served.get();
    }

    /** Requests whose connection was closed because they offered an upgrade. */
    int dropped() {
        return dropped.get();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(5_000);
                answer(connection);
            } catch (IOException e) {
                // the client went away or the server is closing: take the next connection
            }
        }
    }

    private void answer(Socket connection) throws IOException {
        String head = readHead(connection.getInputStream()).toLowerCase(Locale.ROOT);
        if (head.contains("\nupgrade:") || head.contains("\nhttp2-settings:")) {
            dropped.incrementAndGet();
            return; // closed by try-with-resources: the client's parser receives no bytes
        }
        served.incrementAndGet();
        byte[] body = document;
        String responseHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        var out = connection.getOutputStream();
        out.write(responseHead.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

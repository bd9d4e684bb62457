package dev.todo.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Speaks HTTP over a socket, for requests java.net.http refuses to send (a lying Content-Length, a
 * malformed request target).
 */
final class RawHttp {
    private RawHttp() {}

    /** Sends the bytes and returns what the server answers before closing, or fails after a timeout. */
    static String exchange(int port, String request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return readHead(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the bytes and returns the whole answer, read until the server closes the connection. */
    static String exchangeUntilClosed(int port, String request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            out.write(b);
            if (out.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

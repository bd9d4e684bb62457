package dev.todo.adapter.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Attackers on real sockets: each connects from its own loopback address (127.0.1.n), sends a request's
 * headers announcing a body, then trickles the body a byte at a time. One cut off by the server
 * connects again, as a real attacker would, so the number trickling stays up.
 */
final class TricklingClients implements AutoCloseable {
    private static final String HEAD = "POST /api/auth/sign-in/email HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n{";

    private final int port;
    private final List<Socket> sockets = new ArrayList<>();
    private volatile int reconnects;

    TricklingClients(int port, int count) {
        this.port = port;
        for (int i = 0; i < count; i++) {
            sockets.add(connect(i));
        }
    }

    /** One more byte on every connection; a connection the server has closed is opened again. */
    void trickle() {
        for (int i = 0; i < sockets.size(); i++) {
            try {
                OutputStream out = sockets.get(i).getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException cutOff) {
                close(sockets.get(i));
                sockets.set(i, connect(i));
                reconnects = reconnects + 1; // only the trickling thread writes
            }
        }
    }

    int reconnects() {
        return reconnects;
    }

    private Socket connect(int i) {
        var socket = new Socket();
        try {
            socket.bind(new InetSocketAddress("127.0.1." + (1 + i % 250), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(HEAD.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // refused or reset while connecting: the next trickle tries again
        }
        return socket;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        sockets.forEach(TricklingClients::close);
    }
}

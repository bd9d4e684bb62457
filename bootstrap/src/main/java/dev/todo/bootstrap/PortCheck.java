package dev.todo.bootstrap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * Finds out before anything starts whether the ports can be bound, so a busy port fails the start at
 * once instead of after the database has started; the real bind reports the same way if it loses a race.
 */
final class PortCheck {
    private PortCheck() {}

    /** The public port on HOST (all interfaces when absent); with port 0, that HOST is an address of this machine. */
    static void requirePublicPortFree(Optional<String> host, int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty binds
            InetAddress address = host.isPresent() ? InetAddress.getByName(host.get()) : null;
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw publicPortFailure(host, port, e);
        }
    }

    /** The management port on the loopback interface. */
    static void requireManagementPortFree(int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw managementPortFailure(port, e);
        }
    }

    static StartupFailure publicPortFailure(Optional<String> host, int port, Throwable cause) {
        String where = host.map(h -> " on " + h).orElse("");
        if (isInUse(cause)) {
            return new StartupFailure(
                    "PORT: " + port + where + " is in use by another program; stop it or choose"
                            + " another port (example: PORT=" + (port == 65_535 ? 8080 : port + 1) + ")",
                    cause);
        }
        return new StartupFailure(
                "HOST: cannot listen on " + host.orElse("all interfaces") + " port " + port + " (" + rootMessage(cause)
                        + "); use an address of this machine (example: HOST=127.0.0.1)",
                cause);
    }

    static StartupFailure managementPortFailure(int port, Throwable cause) {
        return new StartupFailure(
                "MANAGEMENT_PORT: cannot listen on 127.0.0.1 port " + port + " ("
                        + rootMessage(cause)
                        + "); stop the program using it or choose another port (example: MANAGEMENT_PORT="
                        + (port == 65_535 ? 9090 : port + 1) + ")",
                cause);
    }

    private static boolean isInUse(Throwable cause) {
        return rootMessage(cause).toLowerCase(java.util.Locale.ROOT).contains("in use");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}

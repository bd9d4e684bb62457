package dev.todo.bootstrap.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL server the test controls, given to the service as its DATABASE_URL: it can be stopped
 * and started again on the same port and data, like an outage of an external database.
 */
final class ExternalDatabase implements AutoCloseable {
    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    ExternalDatabase(Path data) {
        this.data = data;
        this.port = freePort();
        start();
    }

    int port() {
        return port;
    }

    String url() {
        return "postgresql://postgres@localhost:" + port + "/postgres";
    }

    void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.todo.adapter.postgres;

import dev.todo.application.port.out.StorageUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL server run by the service itself when no database is configured. Its data lives in a
 * local folder that survives restarts; it listens on the loopback interface only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on a free port over {@code dataDirectory}, initialising the folder if it is new. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .start());
        } catch (IOException | IllegalStateException e) {
            throw new StorageUnavailableException("the embedded database did not start in " + dataDirectory, e);
        }
    }

    /** Where to connect: the server's {@code postgres} database as its superuser (the server trusts loopback). */
    public DatabaseUrl url() {
        return new DatabaseUrl(
                "jdbc:postgresql://localhost:" + port() + "/postgres",
                Optional.of(SUPERUSER),
                Optional.empty(),
                Map.of());
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server; its data stays in the folder for the next start. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded database did not stop cleanly", e);
        }
    }
}

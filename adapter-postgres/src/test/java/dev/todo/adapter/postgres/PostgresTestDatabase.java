package dev.todo.adapter.postgres;

import dev.todo.adapter.postgres.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * An embedded PostgreSQL in a temporary folder with the schema migrated, for tests of this module and
 * of the modules that wire it. Share one per test run through {@link SharedPostgresExtension}.
 */
public final class PostgresTestDatabase implements AutoCloseable {
    private final Path dataDirectory;
    private final EmbeddedDatabase server;
    private final PostgresPersistence persistence;

    private PostgresTestDatabase(Path dataDirectory, EmbeddedDatabase server, PostgresPersistence persistence) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.persistence = persistence;
    }

    /** Starts a new server on an empty folder and migrates it. */
    public static PostgresTestDatabase start() {
        try {
            Path directory = Files.createTempDirectory("todo-postgres-test");
            EmbeddedDatabase server = EmbeddedDatabase.start(directory.resolve("data"));
            PostgresPersistence persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 4));
            persistence.migrate();
            return new PostgresTestDatabase(directory, server, persistence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migrated persistence, its pool shared by the tests. */
    public PostgresPersistence persistence() {
        return persistence;
    }

    /** The service's URL of the server's {@code postgres} database: its own role, no superuser. */
    public DatabaseUrl url() {
        return server.url();
    }

    /** The superuser's URL of the server's {@code postgres} database. */
    public DatabaseUrl superuserUrl() {
        return server.superuserUrl();
    }

    public int port() {
        return server.port();
    }

    /** Direct access as the superuser, which row-level security does not restrict; for set-up and checks. */
    public Jdbi admin() {
        DatabaseUrl admin = server.superuserUrl();
        return Jdbi.create(
                admin.jdbcUrl(), admin.user().orElseThrow(), admin.password().orElseThrow());
    }

    /** Empties the one-row signing key table, for tests that need a store without a key. */
    public void deleteSigningKeys() {
        admin().useHandle(handle -> handle.execute("delete from signing_keys"));
    }

    @Override
    public void close() throws IOException {
        persistence.close();
        server.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}

package dev.todo.adapter.postgres.embedded;

import dev.todo.adapter.postgres.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the service itself when no database is configured. Its cluster lives in a
 * folder that survives restarts (one server process at a time), with stock durability (every
 * acknowledged commit is on disk), listening on the loopback interface only, every login by password.
 * The service connects as its own role, never as the superuser. A server left running by a process that
 * was killed is stopped cleanly at the next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /** The server's log, inside the cluster folder. */
    static final String LOG_FILE = "todo-postgres.log";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final int START_ATTEMPTS = 3;

    private final DataFolder folder;
    private final DataFolder.FolderLock lock;
    private final PostgresCommands commands;
    private final Credentials credentials;
    private final int port;

    private EmbeddedDatabase(
            DataFolder folder,
            DataFolder.FolderLock lock,
            PostgresCommands commands,
            Credentials credentials,
            int port) {
        this.folder = folder;
        this.lock = lock;
        this.commands = commands;
        this.credentials = credentials;
        this.port = port;
    }

    /**
     * Starts the server over this folder: a missing or empty folder gets a new cluster, an existing cluster
     * is used as it is.
     *
     * @throws EmbeddedDatabaseException with a one-line reason: another server uses the folder, the folder
     *     holds something else, no binaries for this platform, or PostgreSQL's own message
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        PostgresBinaries binaries = PostgresBinaries.forThisPlatform();
        DataFolder folder = DataFolder.at(dataDirectory);
        folder.requireClusterOrEmpty();
        var commands = new PostgresCommands(binaries, folder.path());
        Optional<Credentials> saved = Credentials.readFrom(folder.path());
        Credentials credentials = saved.orElseGet(Credentials::generate);
        if (folder.isEmpty()) {
            log.info("creating a new PostgreSQL cluster in {}", folder.path());
            commands.initdb(credentials.superuserPassword());
        }
        DataFolder.FolderLock lock = folder.lock();
        try {
            stopLeftOverServer(folder, commands);
            ClusterSetup.writeAccessRules(folder.path());
            if (saved.isEmpty()) {
                commands.runSingleUser(ClusterSetup.sql(credentials));
                credentials.saveTo(folder.path());
            }
            int port = startOnFreePort(folder, commands);
            return new EmbeddedDatabase(folder, lock, commands, credentials, port);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A postmaster whose server process died with SIGKILL outlives it; this folder's lock says it is orphaned. */
    private static void stopLeftOverServer(DataFolder folder, PostgresCommands commands) {
        folder.runningPostmaster().ifPresent(postmaster -> {
            log.warn(
                    "stopping PostgreSQL process {} left running on {} by a server that ended without stopping it",
                    postmaster.pid(),
                    folder.path());
            commands.stop();
        });
    }

    private static int startOnFreePort(DataFolder folder, PostgresCommands commands) {
        EmbeddedDatabaseException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int port = freePort();
            try {
                commands.start(serverOptions(port), folder.path().resolve(LOG_FILE));
                return port;
            } catch (EmbeddedDatabaseException e) {
                last = e; // most likely the port was taken between choosing and binding it
                if (folder.runningPostmaster().isPresent()) {
                    commands.stop();
                }
            }
        }
        throw last;
    }

    /** Stock durability, stated so that no configuration file can turn it off; loopback TCP only, no socket file. */
    private static List<String> serverOptions(int port) {
        return List.of(
                "-c", "port=" + port,
                "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=''",
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "full_page_writes=on",
                "-c", "timezone=UTC",
                "-c", "max_connections=300",
                "-c", "log_min_messages=warning");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the service connects: the {@code postgres} database as the service's own role, by password. */
    public DatabaseUrl url() {
        return at(Credentials.SERVICE_ROLE, credentials.servicePassword());
    }

    /** The superuser's connection, for administration and for tests that look past row-level security. */
    public DatabaseUrl superuserUrl() {
        return at(Credentials.SUPERUSER, credentials.superuserPassword());
    }

    private DatabaseUrl at(String user, String password) {
        return new DatabaseUrl(
                "jdbc:postgresql://localhost:" + port + "/postgres",
                Optional.of(user),
                Optional.of(password),
                Map.of());
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return folder.path();
    }

    /** Stops the server (a checkpoint, then exit) and frees the folder; its data stays for the next start. */
    @Override
    public void close() {
        try {
            commands.stop();
        } finally {
            lock.close();
        }
    }
}

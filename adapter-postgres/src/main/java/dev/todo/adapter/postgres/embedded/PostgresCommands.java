package dev.todo.adapter.postgres.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs PostgreSQL's programs over one data folder. PostgreSQL refuses to run as root: for root, each
 * program runs in a user namespace of its own ({@code unshare -U}), where it is an unprivileged user but
 * still owns the root-owned files of the folder.
 */
final class PostgresCommands {
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(1);
    /** How long {@code pg_ctl} waits for a start (which may include crash recovery) or a stop. */
    static final Duration PG_CTL_WAIT = Duration.ofSeconds(30);

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final PostgresBinaries binaries;
    private final Path data;
    private final List<String> prefix;

    PostgresCommands(PostgresBinaries binaries, Path data) {
        this.binaries = binaries;
        this.data = data;
        this.prefix = RootUser.isRoot() ? RootUser.unsharePrefix() : List.of();
    }

    /** Creates a cluster in the empty folder whose superuser logs in with this password (SCRAM). */
    void initdb(String superuserPassword) {
        Path passwordFile = null;
        try {
            passwordFile = Files.createTempFile("todo-initdb-", ".pw", OWNER_ONLY); // 0600 from the start
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            run(
                    "initdb",
                    INITDB_TIMEOUT,
                    null,
                    binaries.initdb().toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    Credentials.SUPERUSER,
                    "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile,
                    "-E",
                    "UTF8");
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not prepare initdb: " + e, e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /**
     * Runs SQL in single-user mode (no server running, no connection open): for set-up that must happen
     * before anyone can connect. Any error stops it and is reported without the statement (it may hold a password).
     */
    void runSingleUser(String sql) {
        run(
                "postgres --single",
                SETUP_TIMEOUT,
                sql,
                binaries.postgres().toString(),
                "--single",
                "-D",
                data.toString(),
                "-c",
                "exit_on_error=on",
                "-c",
                "log_min_messages=warning",
                "postgres");
    }

    /**
     * Starts the server in the background with these options; returns once it accepts connections. A server
     * that does not start explains why in its log, not to pg_ctl: the log's new lines are part of the error.
     */
    void start(List<String> serverOptions, Path logFile) {
        long logged = size(logFile);
        try {
            run(
                    "pg_ctl start",
                    PG_CTL_WAIT.plusSeconds(10),
                    null,
                    binaries.pgCtl().toString(),
                    "start",
                    "-D",
                    data.toString(),
                    "-l",
                    logFile.toString(),
                    "-w",
                    "-t",
                    Long.toString(PG_CTL_WAIT.toSeconds()),
                    "-s",
                    "-o",
                    String.join(" ", serverOptions));
        } catch (EmbeddedDatabaseException e) {
            throw new EmbeddedDatabaseException(
                    e.getMessage() + " / " + ServerMessages.summary(linesAfter(logFile, logged)), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** What was written to the file after its first {@code from} bytes. */
    private static String linesAfter(Path file, long from) {
        try {
            byte[] all = Files.readAllBytes(file);
            int start = (int) Math.min(from, all.length);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the server of this folder: "fast" rolls back open transactions and checkpoints before it exits. */
    void stop() {
        run(
                "pg_ctl stop",
                PG_CTL_WAIT.plusSeconds(10),
                null,
                binaries.pgCtl().toString(),
                "stop",
                "-D",
                data.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                Long.toString(PG_CTL_WAIT.toSeconds()),
                "-s");
    }

    private void run(String what, Duration timeout, String input, String... command) {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(List.of(command));
        Path output = null;
        try {
            output = Files.createTempFile("todo-postgres-", ".out");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(
                            input == null ? ProcessBuilder.Redirect.from(nullFile()) : ProcessBuilder.Redirect.PIPE)
                    .start();
            if (input != null) {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException(
                        what + " did not finish within " + timeout.toSeconds() + " s in " + data);
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedDatabaseException(
                        what + " failed in " + data + ": " + ServerMessages.summary(Files.readString(output)));
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not run " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException(what + " was interrupted", e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}

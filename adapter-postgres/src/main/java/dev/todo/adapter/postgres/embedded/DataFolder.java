package dev.todo.adapter.postgres.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The folder the embedded PostgreSQL keeps its cluster in ({@code TODO_DATA_DIR}): what it holds, which
 * server process has it in use, and whether a postmaster of it is still running.
 */
final class DataFolder {
    /** Held by the server that uses the folder for as long as it runs; the operating system frees it on any exit. */
    static final String LOCK_FILE = "todo.lock";

    private static final int LISTED_FILES = 5;

    private final Path path;

    private DataFolder(Path path) {
        this.path = path;
    }

    /** The folder at this path, created (private to this user) if it does not exist. */
    static DataFolder at(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (!Files.exists(absolute)) {
                Files.createDirectories(absolute);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("TODO_DATA_DIR: cannot create " + absolute + " (" + e + ")", e);
        }
        if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
            throw new EmbeddedDatabaseException(
                    "TODO_DATA_DIR: " + absolute + " is not a folder this process can write to;"
                            + " point TODO_DATA_DIR at one it can (example: TODO_DATA_DIR=./data)");
        }
        return new DataFolder(absolute);
    }

    Path path() {
        return path;
    }

    /** A PostgreSQL cluster is there already. */
    boolean holdsCluster() {
        return Files.isRegularFile(path.resolve("PG_VERSION"));
    }

    /** Nothing is there yet: a new cluster can be made in it. */
    boolean isEmpty() {
        return entries().isEmpty();
    }

    /**
     * Checks that the folder either holds a cluster or is empty.
     *
     * @throws EmbeddedDatabaseException naming what is there and what to do
     */
    void requireClusterOrEmpty() {
        if (holdsCluster() || isEmpty()) {
            return;
        }
        List<String> found = entries();
        String shown = String.join(", ", found.subList(0, Math.min(LISTED_FILES, found.size())))
                + (found.size() > LISTED_FILES ? " and " + (found.size() - LISTED_FILES) + " more" : "");
        throw new EmbeddedDatabaseException("TODO_DATA_DIR: " + path + " holds files that are not a PostgreSQL"
                + " cluster (" + shown + "); point TODO_DATA_DIR at an empty or new folder, or at one this server"
                + " created (example: TODO_DATA_DIR=./data)");
    }

    /**
     * Takes the folder for this process.
     *
     * @throws EmbeddedDatabaseException if another process holds it, naming that process
     */
    FolderLock lock() {
        Path file = path.resolve(LOCK_FILE);
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new EmbeddedDatabaseException("TODO_DATA_DIR: " + path + " is in use by another Todo server"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + "; stop it first, or give this one its own folder (example: TODO_DATA_DIR=./data2)");
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(
                    Long.toString(ProcessHandle.current().pid())));
            channel.force(true);
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("TODO_DATA_DIR: cannot lock " + file + " (" + e + ")", e);
        }
    }

    /** Null if another process holds the lock, or another server of this process (the JVM keeps one lock per file). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The postmaster that {@code postmaster.pid} names, if that process is still alive. */
    Optional<ProcessHandle> runningPostmaster() {
        OptionalLong pid = postmasterPid();
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(c -> c.endsWith("postgres"))
                        .orElse(true));
    }

    private OptionalLong postmasterPid() {
        try (Stream<String> lines = Files.lines(path.resolve("postmaster.pid"), StandardCharsets.UTF_8)) {
            return lines.findFirst()
                    .map(String::strip)
                    .filter(line -> line.matches("[0-9]{1,10}"))
                    .map(line -> OptionalLong.of(Long.parseLong(line)))
                    .orElse(OptionalLong.empty());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private List<String> entries() {
        try (Stream<Path> children = Files.list(path)) {
            return children.map(child -> child.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("TODO_DATA_DIR: cannot read " + path + " (" + e + ")", e);
        }
    }

    /** The folder taken by this process; closing frees it. */
    record FolderLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel, and both go when the process ends
            }
        }
    }
}

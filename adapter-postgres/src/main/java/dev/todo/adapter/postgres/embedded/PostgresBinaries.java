package dev.todo.adapter.postgres.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) of this platform, unpacked
 * once from the binary archive on the class path into a private cache folder named by the archive's hash.
 */
public final class PostgresBinaries {
    private static final String EXAMPLE_URL = "DATABASE_URL=postgresql://todo:secret@localhost:5432/todo";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /**
     * The binaries of the platform this JVM runs on.
     *
     * @throws EmbeddedDatabaseException naming the platform and pointing at DATABASE_URL when this build has
     *     no binaries for it
     */
    public static PostgresBinaries forThisPlatform() {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        PostgresPlatform platform = PostgresPlatform.current()
                .orElseThrow(() -> new EmbeddedDatabaseException("DATABASE_URL: is needed here: the embedded PostgreSQL"
                        + " does not run on " + os + " (it runs on Linux and macOS, x86_64 and arm64); set it to a"
                        + " PostgreSQL server (example: " + EXAMPLE_URL + ")"));
        URL archive = archiveOf(platform)
                .orElseThrow(() -> new EmbeddedDatabaseException("DATABASE_URL: is needed here: this build has no"
                        + " embedded PostgreSQL for " + os + "; build the jar on this machine (or with"
                        + " -Dpostgres.platforms=all), or set DATABASE_URL (example: " + EXAMPLE_URL + ")"));
        return new PostgresBinaries(unpackOnce(archive, cacheRoot()));
    }

    /** The archive of this platform on the class path, if the build put it there. */
    static java.util.Optional<URL> archiveOf(PostgresPlatform platform) {
        return java.util.Optional.ofNullable(
                PostgresBinaries.class.getClassLoader().getResource(platform.archiveName()));
    }

    public Path initdb() {
        return home.resolve("bin/initdb");
    }

    public Path pgCtl() {
        return home.resolve("bin/pg_ctl");
    }

    public Path postgres() {
        return home.resolve("bin/postgres");
    }

    /**
     * {@code $XDG_CACHE_HOME/todo} or {@code ~/.cache/todo}; if neither can be written, a new private
     * temporary folder (a shared one could hold binaries planted by another user).
     */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path root = base.resolve("todo");
        try {
            Files.createDirectories(root);
            if (Files.isWritable(root)) {
                return root;
            }
        } catch (IOException | SecurityException e) {
            // fall back below
        }
        try {
            return Files.createTempDirectory("todo-postgres-"); // mode 0700
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("no folder to unpack the embedded PostgreSQL into (" + e + ")", e);
        }
    }

    /** Unpacks into {@code root/postgres-<hash>} unless a complete copy is there already; safe to race. */
    private static Path unpackOnce(URL archive, Path root) {
        try {
            Files.createDirectories(root);
            String hash = sha256(archive);
            Path target = root.resolve("postgres-" + hash.substring(0, 16));
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            Path staging = Files.createTempDirectory(root, "unpacking-");
            try {
                unpack(archive, staging);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                deleteTree(staging); // another process finished first
            } catch (IOException e) {
                if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                    throw e;
                }
                deleteTree(staging);
            }
            return target;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not unpack the embedded PostgreSQL into " + root + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(URL archive, Path into) throws IOException {
        try (InputStream raw = archive.openStream();
                var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
                } else if (entry.isFile()) {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions =
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            permissions.addAll(PosixFilePermissions.fromString("r-xr-xr-x"));
        } else {
            permissions.addAll(PosixFilePermissions.fromString("r--r--r--"));
        }
        return permissions;
    }

    private static String sha256(URL archive) throws IOException {
        try (var in = new DigestInputStream(archive.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

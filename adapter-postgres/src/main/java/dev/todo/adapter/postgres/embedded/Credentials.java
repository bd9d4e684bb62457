package dev.todo.adapter.postgres.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The generated passwords of the embedded cluster's superuser and of the service's own login role, kept
 * in the data folder in a file only its owner can read (mode 0600). Written last when a cluster is set up,
 * so its presence means the set-up is complete.
 */
record Credentials(String superuserPassword, String servicePassword) {
    static final String FILE = "todo-credentials.properties";
    static final String SUPERUSER = "postgres";
    static final String SERVICE_ROLE = "todo";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Two new random passwords (192 bits each). */
    static Credentials generate() {
        return new Credentials(randomPassword(), randomPassword());
    }

    /** The credentials saved in this folder, if its set-up was completed. */
    static Optional<Credentials> readFrom(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("TODO_DATA_DIR: cannot read " + file + " (" + e + ")", e);
        }
        String superuser = properties.getProperty("superuser.password", "");
        String service = properties.getProperty("service.password", "");
        if (superuser.isEmpty() || service.isEmpty()) {
            return Optional.empty(); // an incomplete file: set the cluster up again
        }
        return Optional.of(new Credentials(superuser, service));
    }

    /** Saves both passwords atomically, readable by this user only. */
    void saveTo(Path folder) {
        Path file = folder.resolve(FILE);
        var properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("service.password", servicePassword);
        try {
            Path staging = Files.createTempFile(
                    folder,
                    ".credentials-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
                properties.store(
                        writer, "Passwords of the embedded PostgreSQL (" + SUPERUSER + ", " + SERVICE_ROLE + ")");
            }
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("TODO_DATA_DIR: cannot write " + file + " (" + e + ")", e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

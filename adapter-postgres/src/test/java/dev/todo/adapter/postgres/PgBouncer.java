package dev.todo.adapter.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A PgBouncer in transaction pool mode in front of a test database, started from the installed binary. */
public final class PgBouncer implements AutoCloseable {
    private static final Pattern VERSION = Pattern.compile("PgBouncer (\\d+)\\.(\\d+)");
    public static final String DATABASE = "todo";

    private final Process process;
    private final int port;
    private final boolean tracksPreparedStatements;

    private PgBouncer(Process process, int port, boolean tracksPreparedStatements) {
        this.process = process;
        this.port = port;
        this.tracksPreparedStatements = tracksPreparedStatements;
    }

    /** The installed pgbouncer binary, if there is one. */
    public static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
        return Stream.of(path.split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "pgbouncer"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static PgBouncer start(Path binary, Path folder, int postgresPort, String password, int serverPoolSize)
            throws Exception {
        boolean tracks = supportsPreparedStatements(binary);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path users = Files.writeString(folder.resolve("users.txt"), "\"postgres\" \"\"\n");
        boolean root = "root".equals(System.getProperty("user.name"));
        String config = String.join(
                "\n",
                "[databases]",
                DATABASE + " = host=127.0.0.1 port=" + postgresPort + " dbname=postgres user=postgres"
                        + (password.isEmpty() ? "" : " password=" + password),
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + users,
                "pool_mode = transaction",
                "default_pool_size = " + serverPoolSize,
                "max_client_conn = 100",
                "ignore_startup_parameters = extra_float_digits",
                "logfile = " + folder.resolve("pgbouncer.log"),
                tracks ? "max_prepared_statements = 100" : "",
                // pgbouncer refuses to run as root; it then drops to the postgres account
                root ? "user = postgres" : "",
                "");
        Path ini = Files.writeString(folder.resolve("pgbouncer.ini"), config);
        Process process = new ProcessBuilder(binary.toString(), ini.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("pgbouncer.out").toFile())
                .start();
        var bouncer = new PgBouncer(process, port, tracks);
        bouncer.awaitListening(Duration.ofSeconds(10));
        return bouncer;
    }

    /** PgBouncer 1.21 and later keep protocol-level prepared statements working in transaction mode. */
    private static boolean supportsPreparedStatements(Path binary) throws IOException, InterruptedException {
        Process version = new ProcessBuilder(binary.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String text = new String(version.getInputStream().readAllBytes());
        version.waitFor(5, TimeUnit.SECONDS);
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read the pgbouncer version from: " + text);
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        return major > 1 || minor >= 21;
    }

    private void awaitListening(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("pgbouncer did not start listening on port " + port);
    }

    public int port() {
        return port;
    }

    public boolean tracksPreparedStatements() {
        return tracksPreparedStatements;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the service can fail to start ends the process within seconds with exit status 2 and one line
 * on standard error that names the setting, the problem and an example; nothing is left running.
 */
class StartupFailureTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);
    /** The last connection attempt of a start-up may take this long (ConnectionPool). */
    private static final Duration MIGRATION_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @Test
    void a_database_url_that_is_no_url() throws Exception {
        var start = FailedStart.run(Map.of("DATABASE_URL", "foo"));

        assertFailedWith(start, "todo: DATABASE_URL: ", "(example: DATABASE_URL=postgresql://");
    }

    @Test
    void an_unreachable_database_after_its_connect_timeout() throws Exception {
        int closed = ExternalDatabase.freePort();
        var start = FailedStart.run(Map.of(
                "DATABASE_URL",
                "postgresql://todo:secret@127.0.0.1:" + closed + "/todo",
                "DB_CONNECT_TIMEOUT",
                "PT2S"));

        assertFailedWith(
                start,
                "todo: DATABASE_URL: no answer from the database at",
                "DB_CONNECT_TIMEOUT=",
                QUICKLY.plus(MIGRATION_CONNECTION_TIMEOUT));
        assertThat(start.stderr().get(0)).doesNotContain("secret").contains("within 2 s");
    }

    @Test
    void a_busy_public_port() throws Exception {
        try (var taken = new ServerSocket(0)) {
            var start = FailedStart.run(Map.of(
                    "PORT",
                    Integer.toString(taken.getLocalPort()),
                    "TODO_DATA_DIR",
                    folder.resolve("data").toString()));

            assertFailedWith(start, "todo: PORT: " + taken.getLocalPort() + " is in use", "(example: PORT=");
            assertThat(folder.resolve("data")).doesNotExist(); // refused before the database started
        }
    }

    @Test
    void a_busy_management_port_leaves_no_public_port_behind() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int publicPort = ExternalDatabase.freePort();
            var start = FailedStart.run(Map.of(
                    "PORT", Integer.toString(publicPort),
                    "MANAGEMENT_PORT", Integer.toString(taken.getLocalPort()),
                    "TODO_DATA_DIR", folder.resolve("data").toString()));

            assertFailedWith(
                    start,
                    "todo: MANAGEMENT_PORT: cannot listen on 127.0.0.1 port " + taken.getLocalPort(),
                    "(example: MANAGEMENT_PORT=");
            try (var free = new ServerSocket(publicPort)) {
                assertThat(free.getLocalPort()).isEqualTo(publicPort);
            }
        }
    }

    @Test
    void a_token_lifetime_under_a_second() throws Exception {
        var start = FailedStart.run(Map.of("AUTH_TOKEN_TTL", "PT0.5S"));

        assertFailedWith(start, "todo: AUTH_TOKEN_TTL: must lie between PT1S and PT24H", "(example: AUTH_TOKEN_TTL=");
    }

    @Test
    void an_external_issuer_equal_to_the_own_one() throws Exception {
        var start = FailedStart.run(Map.of(
                "AUTH_ISSUER", "https://todo.example.com",
                "AUTH_EXTERNAL_JWKS_URL", "https://todo.example.com/api/auth/jwks",
                "AUTH_EXTERNAL_ISSUER", "https://todo.example.com"));

        assertFailedWith(start, "todo: AUTH_EXTERNAL_ISSUER: must differ from", "(example: AUTH_EXTERNAL_ISSUER=");
    }

    @Test
    void a_host_that_is_not_an_address_of_this_machine() throws Exception {
        var start = FailedStart.run(Map.of(
                "HOST", "192.0.2.1", "TODO_DATA_DIR", folder.resolve("data").toString()));

        assertFailedWith(start, "todo: HOST: cannot listen on 192.0.2.1", "(example: HOST=127.0.0.1)");
    }

    @Test
    void a_data_folder_with_other_files() throws Exception {
        Path photos = Files.createDirectory(folder.resolve("photos"));
        Files.writeString(photos.resolve("holiday.jpg"), "x");

        var start = FailedStart.run(Map.of("TODO_DATA_DIR", photos.toString()));

        assertFailedWith(
                start,
                "todo: TODO_DATA_DIR: " + photos + " holds files that are not a PostgreSQL cluster (holiday.jpg)",
                "(example: TODO_DATA_DIR=");
    }

    @Test
    void a_second_server_on_a_data_folder_in_use() throws Exception {
        Path data = folder.resolve("data");
        var first = ServerProcess.start(Map.of("TODO_DATA_DIR", data.toString()));
        try {
            var second = FailedStart.run(Map.of("TODO_DATA_DIR", data.toString()));

            assertFailedWith(
                    second,
                    "todo: TODO_DATA_DIR: " + data + " is in use by another Todo server (process "
                            + first.handle().pid() + ")",
                    "(example: TODO_DATA_DIR=");
            var api = new ApiClient(first.baseUri());
            assertThat(api.createTask(api.signUp(), "still served").status()).isEqualTo(201);
        } finally {
            first.terminate();
        }
    }

    @Test
    void an_unknown_argument() throws Exception {
        var start = FailedStart.run(Map.of(), "--port=9000");

        assertFailedWith(start, "todo: unknown argument '--port=9000'", "(example: PORT=9000 java -jar todo.jar)");
        assertThat(start.took()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void the_version_is_printed() throws Exception {
        var start = FailedStart.run(Map.of(), "--version");

        assertThat(start.exitCode()).isZero();
        assertThat(start.stdout()).singleElement().asString().matches("todo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private static void assertFailedWith(FailedStart start, String beginning, String example) {
        assertFailedWith(start, beginning, example, QUICKLY);
    }

    private static void assertFailedWith(FailedStart start, String beginning, String example, Duration within) {
        assertThat(start.exitCode()).as("exit status").isEqualTo(2);
        assertThat(start.saidOneLineOnly())
                .as("one line, no stack trace: %s %s", start.stderr(), start.stdout())
                .isTrue();
        assertThat(start.stderr().get(0)).startsWith(beginning).contains(example);
        assertThat(start.took()).isLessThan(within);
    }
}

package dev.todo.adapter.postgres.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.adapter.postgres.DatabaseSettings;
import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.PostgresPersistence;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as the quick start runs it: durable, password-protected, one process per folder. */
class EmbeddedDatabaseTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void keeps_its_data_across_a_restart_on_the_same_folder() {
        UserId owner = UserId.random();
        Task written;
        try (var server = EmbeddedDatabase.start(folder.resolve("data"));
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 2))) {
            assertThat(persistence.migrate()).isEqualTo(13);
            written = persistence.taskRepository().add(new NewTask(owner, TaskDetails.titled("survives"), NOW));
        }

        try (var server = EmbeddedDatabase.start(folder.resolve("data"));
                var persistence = PostgresPersistence.connect(DatabaseSettings.of(server.url(), 2))) {
            assertThat(persistence.migrate()).isZero();
            assertThat(persistence.taskRepository().find(owner, written.id())).contains(written);
        }
    }

    @Test
    void runs_with_stock_durability_on_loopback_only() {
        try (var server = EmbeddedDatabase.start(folder.resolve("data"))) {
            Map<String, Object> settings = jdbi(server.superuserUrl())
                    .withHandle(handle -> handle.createQuery("""
                                    select current_setting('fsync') as fsync,
                                           current_setting('synchronous_commit') as synchronous_commit,
                                           current_setting('full_page_writes') as full_page_writes,
                                           current_setting('listen_addresses') as listen_addresses,
                                           current_setting('unix_socket_directories') as sockets
                                    """).mapToMap().one());
            assertThat(settings)
                    .containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on")
                    .containsEntry("listen_addresses", "localhost")
                    .containsEntry("sockets", "");
        }
    }

    @Test
    void every_login_needs_the_generated_password_and_the_service_is_no_superuser() throws Exception {
        try (var server = EmbeddedDatabase.start(folder.resolve("data"))) {
            String url = server.url().jdbcUrl();
            for (String user : new String[] {"postgres", "todo"}) {
                assertThatThrownBy(() ->
                                DriverManager.getConnection(url, user, null).close())
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() ->
                                DriverManager.getConnection(url, user, "guess").close())
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            Map<String, Object> service = jdbi(server.url())
                    .withHandle(handle -> handle.createQuery(
                                    "select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                            .mapToMap()
                            .one());
            assertThat(service)
                    .containsEntry("name", "todo")
                    .containsEntry("rolsuper", false)
                    .containsEntry("rolbypassrls", false);
            boolean superuser = jdbi(server.superuserUrl())
                    .withHandle(
                            handle -> handle.createQuery("select rolsuper from pg_roles where rolname = current_user")
                                    .mapTo(Boolean.class)
                                    .one());
            assertThat(superuser).isTrue();
            assertThat(Files.getPosixFilePermissions(folder.resolve("data").resolve(Credentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void an_existing_empty_private_folder_gets_a_new_cluster() throws Exception {
        Path data = Files.createDirectory(
                folder.resolve("mounted"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (var server = EmbeddedDatabase.start(data)) {
            assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
            assertThat(answersAQuery(server.url())).isTrue();
        }
    }

    @Test
    void a_folder_with_other_files_is_refused_with_what_is_there() throws Exception {
        Path data = Files.createDirectory(folder.resolve("photos"));
        Files.writeString(data.resolve("holiday.jpg"), "not a database");
        Files.createDirectory(data.resolve("lost+found"));

        assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageStartingWith("TODO_DATA_DIR: " + data)
                .hasMessageContaining("holiday.jpg, lost+found")
                .hasMessageContaining("empty or new folder")
                .hasMessageNotContaining("\n");
        assertThat(Files.readString(data.resolve("holiday.jpg"))).isEqualTo("not a database");
    }

    @Test
    void a_second_server_on_a_folder_in_use_is_refused_naming_the_folder_and_the_process() {
        Path data = folder.resolve("data");
        try (var first = EmbeddedDatabase.start(data)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(data.toString())
                    .hasMessageContaining("in use by another Todo server (process "
                            + ProcessHandle.current().pid() + ")")
                    .hasMessageNotContaining("\n");
            assertThat(answersAQuery(first.url())).isTrue();
        }
    }

    @Test
    void a_server_that_does_not_start_is_reported_with_postgresqls_own_words() throws Exception {
        Path data = folder.resolve("data");
        EmbeddedDatabase.start(data).close();
        Files.writeString(data.resolve("postgresql.conf"), "\nshared_buffers = 'plenty'\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("pg_ctl start failed in " + data)
                .hasMessageContaining(
                        "FATAL:  configuration file \"" + data.resolve("postgresql.conf") + "\" contains errors")
                .hasMessageNotContaining("\n");
        // the folder is free again for a corrected configuration
        Files.writeString(
                data.resolve("postgresql.conf"),
                Files.readString(data.resolve("postgresql.conf")).replace("shared_buffers = 'plenty'", ""));
        try (var server = EmbeddedDatabase.start(data)) {
            assertThat(answersAQuery(server.url())).isTrue();
        }
    }

    private static boolean answersAQuery(DatabaseUrl url) {
        int one = jdbi(url)
                .withHandle(handle ->
                        handle.createQuery("select 1").mapTo(Integer.class).one());
        return one == 1;
    }

    private static Jdbi jdbi(DatabaseUrl url) {
        return Jdbi.create(
                url.jdbcUrl(), url.user().orElseThrow(), url.password().orElseThrow());
    }
}

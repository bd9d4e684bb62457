package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.port.out.ChangeRead;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.change.ChangeType;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The migrations build the whole schema on an empty database, and its constraints mirror the domain's limits. */
@ExtendWith(SharedPostgresExtension.class)
class MigrationTest {
    private static final String VALID_ROW = """
            insert into tasks (user_id, title, title_key, completed, completed_at, priority, due_at, tags, search,
                               created_at, updated_at, version)
            values ('owner', 'title', 'title', false, null, 0, null, '{}', 'title', now(), now(), 1)
            """;

    private final PostgresTestDatabase database;

    MigrationTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Test
    void builds_the_schema_on_an_empty_database_once() {
        String name = "empty_" + System.nanoTime();
        database.admin().useHandle(handle -> handle.execute("create database " + name));
        var url = new DatabaseUrl(
                "jdbc:postgresql://localhost:" + database.port() + "/" + name,
                database.superuserUrl().user(),
                database.superuserUrl().password(),
                Map.of());
        try (var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, 1))) {
            assertThat(persistence.migrate()).isEqualTo(13);
            assertThat(persistence.migrate()).isZero();
            var tables = Jdbi.create(persistence.dataSource())
                    .withHandle(handle -> handle.createQuery(
                                    "select tablename from pg_tables where schemaname = 'public' and rowsecurity")
                            .mapTo(String.class)
                            .list());
            assertThat(tables)
                    .containsExactlyInAnyOrder(
                            "tasks",
                            "users",
                            "sessions",
                            "refresh_tokens",
                            "idempotency_keys",
                            "trashed_tasks",
                            "change_trims",
                            "task_changes");
        } finally {
            database.admin().useHandle(handle -> handle.execute("drop database " + name + " with (force)"));
        }
    }

    @Test
    void v9_records_each_existing_task_and_trashed_task_so_that_a_log_read_from_its_start_reproduces_them() {
        try (var host = new HostDatabase(database)) {
            Flyway.configure()
                    .dataSource(host.dataSource())
                    .locations("classpath:db/migration")
                    .target("8")
                    .load()
                    .migrate();
            host.jdbi().useHandle(handle -> {
                handle.execute(VALID_ROW.replace("'owner'", "'ada'").replace("'title'", "'kept'"));
                handle.execute("""
                        insert into trashed_tasks (user_id, id, title, title_key, completed, completed_at, priority,
                                                   due_at, tags, search, created_at, updated_at, version, deleted_at)
                        values ('ada', 99, 'binned', 'binned', false, null, 0, null, '{}', 'binned', now(), now(), 2, now())
                        """);
            });
            var persistence = PostgresPersistence.over(host.dataSource(), TodoSchema.PUBLIC);

            assertThat(persistence.migrate()).isEqualTo(5);

            UserId ada = UserId.of("ada");
            ChangeRead log = persistence.changeLog().read(ada, 0, 10);
            assertThat(log.entries())
                    .extracting(ChangeEntry::type)
                    .containsExactly(ChangeType.CREATED, ChangeType.DELETED);
            assertThat(log.entries())
                    .extracting(entry -> entry.task().orElseThrow().title().value())
                    .containsExactly("kept", "binned");
            assertThat(log.entries().get(1).trashed()).isPresent();
            Task added = persistence.taskRepository().add(new NewTask(ada, TaskDetails.titled("new"), Instant.now()));
            assertThat(log.entries()).extracting(ChangeEntry::id).containsExactly(1L, 2L);
            List<ChangeEntry> after = persistence.changeLog().read(ada, 2, 10).entries();
            assertThat(after).extracting(entry -> entry.task().orElseThrow()).containsExactly(added);
            assertThat(after.get(0).id()).isGreaterThan(2);
        }
    }

    @Test
    void v10_keeps_v9_positions_and_refuses_those_before_what_was_trimmed() {
        try (var host = new HostDatabase(database)) {
            Flyway.configure()
                    .dataSource(host.dataSource())
                    .locations("classpath:db/migration")
                    .target("9")
                    .load()
                    .migrate();
            host.jdbi().useHandle(handle -> {
                for (String title : List.of("first", "second", "third")) {
                    handle.execute(VALID_ROW.replace("'owner'", "'ada'").replace("'title'", "'" + title + "'"));
                }
                handle.execute("delete from task_changes where user_id = 'ada' and id = 1"); // trimmed by V9
            });
            var persistence = PostgresPersistence.over(host.dataSource(), TodoSchema.PUBLIC);

            assertThat(persistence.migrate()).isEqualTo(4);

            UserId ada = UserId.of("ada");
            ChangeRead log = persistence.changeLog().read(ada, 1, 10);
            assertThat(log.entries())
                    .extracting(
                            ChangeEntry::id,
                            entry -> entry.task().orElseThrow().title().value())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "second"),
                            org.assertj.core.groups.Tuple.tuple(3L, "third"));
            assertThat(log.trimmedThrough()).isEqualTo(1);
            assertThat(log.isUnbrokenAfter(0)).isFalse();
            assertThat(log.isUnbrokenAfter(1)).isTrue();
            Task added = persistence.taskRepository().add(new NewTask(ada, TaskDetails.titled("new"), Instant.now()));
            assertThat(persistence.changeLog().read(ada, 3, 10).entries())
                    .extracting(entry -> entry.task().orElseThrow())
                    .containsExactly(added);
        }
    }

    @Test
    void trigram_search_is_available() {
        var extensions = database.admin()
                .withHandle(handle -> handle.createQuery("select extname from pg_extension")
                        .mapTo(String.class)
                        .list());
        assertThat(extensions).contains("pg_trgm", "btree_gin");
    }

    @Test
    void the_table_refuses_rows_the_domain_would_refuse() {
        Jdbi admin = database.admin();
        admin.useTransaction(handle -> {
            handle.execute(VALID_ROW);
            handle.rollback();
        });
        assertRefused(admin, VALID_ROW.replace("'owner'", "'not a user id'"));
        assertRefused(admin, VALID_ROW.replace("'title', 'title', false", "repeat('x', 201), 'x', false"));
        assertRefused(admin, VALID_ROW.replace(", 0, null, '{}'", ", 4, null, '{}'"));
        assertRefused(admin, VALID_ROW.replace(", 0, null, '{}'", ", 0, '1899-12-31T23:59:59Z', '{}'"));
        assertRefused(admin, VALID_ROW.replace("'{}'", "'{a,b,c,d,e,f,g,h,i,j,k}'"));
        assertRefused(admin, VALID_ROW.replace("'{}'", "'{work,work}'"));
        assertRefused(admin, VALID_ROW.replace("'{}'", "'{Work}'"));
        assertRefused(admin, VALID_ROW.replace("false, null", "true, null"));
        assertRefused(admin, VALID_ROW.replace("now(), 1)", "now(), 0)"));
    }

    private static void assertRefused(Jdbi admin, String insert) {
        assertThatThrownBy(() -> admin.useHandle((Handle handle) -> handle.execute(insert)))
                .hasMessageContaining("violates check constraint");
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.adapter.postgres.recurrence.LibRecurExpander;
import dev.todo.application.TodoCore;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.Recurrence;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskNotFoundException;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Todo inside a host application's database: over the host's DataSource, in a schema of its own with its
 * own migration history, next to the host's tables and Flyway history, under the runtime role and
 * row-level security.
 */
@ExtendWith(SharedPostgresExtension.class)
class EmbeddedInHostDatabaseTest {
    private final PostgresTestDatabase server;
    private final UserId ada = UserId.of("ada");
    private final UserId bob = UserId.of("bob");

    EmbeddedInHostDatabaseTest(PostgresTestDatabase server) {
        this.server = server;
    }

    @Test
    void a_host_pool_without_auto_commit_gets_every_acknowledged_change_committed() {
        try (var host = new HostDatabase(server, false)) {
            TodoCore todo = PostgresTodo.over(host.dataSource(), "todo");

            Task report = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("Write the report")));
            Task draft = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("Draft")));
            todo.completeTask(CompleteTaskCommand.toggle(ada, report.id()));
            todo.replaceTask(ReplaceTaskCommand.of(ada, draft.id(), TaskDetails.titled("Final draft")));
            assertThat(todo.getTask(GetTaskQuery.of(ada, report.id())).completed())
                    .isTrue();

            // what another connection sees is what was committed
            assertThat(list(host.outsider(), "select title || ' ' || completed from todo.tasks order by id"))
                    .containsExactly("Write the report true", "Final draft false");
        }
    }

    @Test
    void works_in_schema_todo_beside_the_hosts_tables_and_history() {
        try (var host = new HostDatabase(server).withOwnTables()) {
            TodoCore todo = PostgresTodo.over(host.dataSource(), "todo");

            Task report = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("Write the report")));
            todo.completeTask(CompleteTaskCommand.toggle(ada, report.id()));
            var done = todo.listTasks(ListTasksQuery.firstPage(ada).withStatus(CompletionStatus.COMPLETED));

            assertThat(done.tasks()).extracting(Task::id).containsExactly(report.id());
            assertThatThrownBy(() -> todo.getTask(GetTaskQuery.of(bob, report.id())))
                    .isInstanceOf(TaskNotFoundException.class);
            Jdbi jdbi = host.jdbi();
            assertThat(list(jdbi, "select item from public.orders")).containsExactly("tea");
            assertThat(list(jdbi, "select note from public.tasks")).isEmpty();
            assertThat(list(jdbi, "select title from todo.tasks")).containsExactly("Write the report");
            assertThat(list(jdbi, "select script from public.flyway_schema_history"))
                    .containsExactly("V1__orders.sql");
            assertThat(list(jdbi, "select script from todo.todo_schema_history where version is not null"))
                    .containsExactly(
                            "V1__users_tasks_signing_keys.sql",
                            "V2__runtime_role_uses_schema.sql",
                            "V3__rate_limit_buckets.sql",
                            "V4__drop_trigram_index.sql",
                            "V5__sessions.sql",
                            "V6__idempotency_keys.sql",
                            "V7__trash.sql",
                            "V8__housekeeping.sql",
                            "V9__change_log.sql",
                            "V10__change_positions.sql",
                            "V11__reminders.sql",
                            "V12__recurrence.sql",
                            "V13__refresh_retries.sql");
            assertThat(list(
                            jdbi,
                            "select relname from pg_class where relnamespace = 'todo'::regnamespace"
                                    + " and relrowsecurity and relforcerowsecurity order by relname"))
                    .containsExactly(
                            "change_trims",
                            "idempotency_keys",
                            "refresh_tokens",
                            "sessions",
                            "task_changes",
                            "tasks",
                            "trashed_tasks",
                            "users");
            assertThat(PostgresPersistence.over(host.dataSource(), TodoSchema.of("todo"))
                            .migrate())
                    .isZero();
        }
    }

    /** An embedder completes a repeating task and gets its next occurrence back (specs/007 FR-750). */
    @Test
    void an_embedder_completes_a_repeating_task_and_gets_the_next_occurrence() {
        try (var host = new HostDatabase(server).withOwnTables()) {
            TodoCore todo = PostgresTodo.over(host.dataSource(), "todo");
            Instant due = Instant.parse("2030-01-31T08:00:00Z");
            Task rent = todo.createTask(CreateTaskCommand.of(
                    ada,
                    TaskDetails.titled("Pay the rent")
                            .withDueAt(due)
                            .withRecurrence(Recurrence.parse("monthly").orElseThrow(), ZoneId.of("Europe/Berlin"))));

            var completion = todo.completeOccurrence(CompleteTaskCommand.set(ada, rent.id(), true));

            Task next = completion.next().orElseThrow();
            assertThat(completion.task().place().nextOccurrenceId()).contains(next.id());
            assertThat(next.dueAt()).contains(Instant.parse("2030-02-28T08:00:00Z"));
            assertThat(todo.completeOccurrence(CompleteTaskCommand.set(ada, rent.id(), true))
                            .next())
                    .isEmpty();
        }
    }

    @Test
    void a_core_without_an_expander_refuses_a_recurrence_as_invalid_input() {
        TodoCore todo = TodoCore.inMemory();
        var details = TaskDetails.titled("Stand-up")
                .withDueAt(Instant.parse("2030-01-31T08:00:00Z"))
                .withRecurrence(Recurrence.parse("daily").orElseThrow(), ZoneId.of("UTC"));

        assertThatThrownBy(() -> todo.createTask(CreateTaskCommand.of(ada, details)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("recurrence");
        assertThat(todo.withRecurrence(new LibRecurExpander())
                        .createTask(CreateTaskCommand.of(ada, details))
                        .recurrence())
                .isPresent();
    }

    @Test
    void row_level_security_and_the_runtime_role_apply_in_the_schema() {
        try (var host = new HostDatabase(server).withOwnTables()) {
            var persistence = PostgresPersistence.over(host.dataSource(), TodoSchema.of("todo"));
            persistence.migrate();
            TodoCore todo = TodoCore.over(persistence.taskRepository());
            todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("ada's")));
            todo.createTask(CreateTaskCommand.of(bob, TaskDetails.titled("bob's")));
            var transactions =
                    new ScopedTransactions(Jdbi.create(host.dataSource()), Duration.ofSeconds(5), persistence.schema());

            List<String> seen = transactions.actingAs(
                    ada,
                    handle -> handle.createQuery("select current_user || ' ' || title from tasks")
                            .mapTo(String.class)
                            .list());

            assertThat(seen).containsExactly("todo_app ada's");
            // the settings are transaction-local: the host's next transaction on the pool has its own search_path
            assertThat(list(host.jdbi(), "select count(*)::text from tasks")).containsExactly("0");
        }
    }

    @Test
    void works_in_public_beside_the_hosts_tables_with_its_own_history() {
        try (var host = new HostDatabase(server)) {
            host.jdbi().useHandle(handle -> handle.execute("create table orders (id bigint primary key)"));
            Flyway.configure()
                    .dataSource(host.dataSource())
                    .locations("classpath:db/host-orders-only")
                    .failOnMissingLocations(false)
                    .baselineOnMigrate(true)
                    .load()
                    .migrate();

            var persistence = PostgresPersistence.over(host.dataSource(), TodoSchema.PUBLIC);

            assertThat(persistence.migrate()).isEqualTo(13);
            TodoCore todo = TodoCore.over(persistence.taskRepository());
            Task task = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("beside orders")));
            assertThat(todo.getTask(GetTaskQuery.of(ada, task.id()))).isEqualTo(task);
            assertThat(list(host.jdbi(), "select count(*)::text from public.flyway_schema_history"))
                    .containsExactly("1");
        }
    }

    @Test
    void a_database_migrated_before_keeps_its_flyway_schema_history() {
        try (var host = new HostDatabase(server)) {
            // as version 1 migrated it: public, Flyway's default history table
            Flyway.configure()
                    .dataSource(host.dataSource())
                    .locations("classpath:db/migration")
                    .target("1")
                    .load()
                    .migrate();

            var persistence = PostgresPersistence.over(host.dataSource(), TodoSchema.PUBLIC);

            assertThat(persistence.migrate()).isEqualTo(12);
            assertThat(list(host.jdbi(), "select script from flyway_schema_history order by installed_rank"))
                    .containsExactly(
                            "V1__users_tasks_signing_keys.sql",
                            "V2__runtime_role_uses_schema.sql",
                            "V3__rate_limit_buckets.sql",
                            "V4__drop_trigram_index.sql",
                            "V5__sessions.sql",
                            "V6__idempotency_keys.sql",
                            "V7__trash.sql",
                            "V8__housekeeping.sql",
                            "V9__change_log.sql",
                            "V10__change_positions.sql",
                            "V11__reminders.sql",
                            "V12__recurrence.sql",
                            "V13__refresh_retries.sql");
            assertThat(list(host.jdbi(), "select coalesce(to_regclass('public.todo_schema_history')::text, 'none')"))
                    .containsExactly("none");
        }
    }

    @Test
    void a_url_with_current_schema_migrates_and_works_in_that_schema() {
        try (var host = new HostDatabase(server).withOwnTables()) {
            var url = new DatabaseUrl(
                    host.jdbcUrl(),
                    server.superuserUrl().user(),
                    server.superuserUrl().password(),
                    Map.of("currentSchema", "todo"));
            try (var persistence = PostgresPersistence.connect(DatabaseSettings.of(url, 2))) {
                assertThat(persistence.migrate()).isEqualTo(13);
                Task task = TodoCore.over(persistence.taskRepository())
                        .createTask(CreateTaskCommand.of(ada, TaskDetails.titled("in todo")));

                assertThat(task.title().value()).isEqualTo("in todo");
                assertThat(list(host.jdbi(), "select title from todo.tasks")).containsExactly("in todo");
            }
        }
    }

    @Test
    void refuses_a_schema_name_that_would_need_quoting() {
        assertThatThrownBy(() -> TodoSchema.of("Todo; drop table orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowercase identifier");
    }

    private static List<String> list(Jdbi jdbi, String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}

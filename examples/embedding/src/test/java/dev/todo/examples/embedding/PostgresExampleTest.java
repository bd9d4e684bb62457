package dev.todo.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.postgres.DatabaseUrl;
import dev.todo.adapter.postgres.PostgresTodo;
import dev.todo.adapter.postgres.embedded.EmbeddedDatabase;
import dev.todo.application.TodoCore;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.TaskPage;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The README's PostgreSQL variant, from the installed artifacts only: a host application with its own
 * DataSource and its own tables in public (one of them called tasks), Todo in schema todo.
 */
class PostgresExampleTest {
    @TempDir
    static Path folder;

    private static EmbeddedDatabase server;
    private static DataSource dataSource;

    @BeforeAll
    static void startTheHostsDatabase() throws SQLException {
        server = EmbeddedDatabase.start(folder.resolve("data"));
        DatabaseUrl url = server.url(); // the database's owner, no superuser
        var pg = new PGSimpleDataSource();
        pg.setUrl(url.jdbcUrl());
        pg.setUser(url.user().orElseThrow());
        pg.setPassword(url.password().orElseThrow());
        dataSource = pg;
        execute("create table invoices (id bigint primary key, amount numeric not null)",
                "create table tasks (id bigint primary key, job text not null)",
                "insert into invoices values (1, 12.50)");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_readme_example_runs_on_the_hosts_postgresql_in_schema_todo() throws SQLException {
        TodoCore todo = PostgresTodo.over(dataSource, "todo");

        UserId ada = UserId.of("ada");
        Task report = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("Write the report").withTags("work")));
        todo.completeTask(CompleteTaskCommand.toggle(ada, report.id()));

        TaskPage done = todo.listTasks(ListTasksQuery.firstPage(ada).withStatus(CompletionStatus.COMPLETED));

        assertThat(done.tasks()).extracting(Task::id).containsExactly(report.id());
        assertThat(query("select tablename from pg_tables where schemaname = 'todo' and tablename = 'tasks'")).containsExactly("tasks");
        // row-level security holds for the host's own connections too, though they own the tables
        assertThat(query("select count(*)::text from todo.tasks")).containsExactly("0");
        assertThat(query("select amount::text from public.invoices")).containsExactly("12.50");
        assertThat(query("select count(*)::text from public.tasks")).containsExactly("0");
        // a second start (the host restarting) finds the schema up to date
        assertThat(PostgresTodo.over(dataSource, "todo").listTasks(ListTasksQuery.firstPage(ada)).tasks())
                .extracting(Task::id)
                .containsExactly(report.id());
    }

    @Test
    void another_user_sees_nothing_of_graces_tasks() {
        TodoCore todo = PostgresTodo.over(dataSource, "todo");
        todo.createTask(CreateTaskCommand.of(UserId.of("grace"), TaskDetails.titled("private")));

        assertThat(todo.listTasks(ListTasksQuery.firstPage(UserId.of("bob"))).tasks()).isEmpty();
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

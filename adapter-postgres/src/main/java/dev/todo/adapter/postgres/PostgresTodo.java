package dev.todo.adapter.postgres;

import dev.todo.adapter.postgres.recurrence.LibRecurExpander;
import dev.todo.application.TodoCore;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The entry point for embedding Todo on PostgreSQL in a host application: its DataSource, Todo's own
 * schema. The host keeps its pool (and closes it); Todo's statements run as the {@code todo_app} role under
 * row-level security in every transaction.
 */
public final class PostgresTodo {
    private PostgresTodo() {}

    /**
     * Migrates {@code schema} (created if absent, history in its own table) and returns the core over it.
     *
     * @param schema a lowercase identifier such as {@code "todo"}; {@code "public"} shares the host's schema
     * @throws IllegalArgumentException if the schema name is not a plain lowercase identifier
     * @throws dev.todo.application.port.out.StorageUnavailableException if the database cannot be reached
     */
    public static TodoCore over(DataSource dataSource, String schema) {
        PostgresPersistence persistence = PostgresPersistence.over(dataSource, TodoSchema.of(schema));
        persistence.migrate();
        return TodoCore.over(persistence.taskRepository(), persistence.changeLog(), Clock.systemUTC())
                .withRecurrence(new LibRecurExpander());
    }
}

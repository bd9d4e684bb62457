package dev.todo.adapter.postgres.archfixture;

/** Deliberate violation: PostgreSQL code that expands rules with the library itself, past the expander. */
public final class RepositoryUsingRecurrenceLibrary {
    public Class<?> library() {
        return org.dmfs.rfc5545.recur.RecurrenceRule.class;
    }
}

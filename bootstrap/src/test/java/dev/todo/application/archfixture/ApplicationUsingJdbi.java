package dev.todo.application.archfixture;

/** Deliberate violation: an application class that depends on JDBI. */
public final class ApplicationUsingJdbi {
    public org.jdbi.v3.core.Jdbi database() {
        return org.jdbi.v3.core.Jdbi.create("jdbc:postgresql://localhost/none");
    }
}

package dev.todo.adapter.http.archfixture;

/** Deliberate violation: the HTTP adapter reaching into the PostgreSQL adapter. */
public final class HttpAdapterUsingPostgresAdapter {
    public Class<?> postgres() {
        return dev.todo.adapter.postgres.archfixture.PostgresAdapterUsingHttpAdapter.class;
    }
}

package dev.todo.adapter.postgres.archfixture;

/** Deliberate violation: the PostgreSQL adapter reaching into the HTTP adapter. */
public final class PostgresAdapterUsingHttpAdapter {
    public Class<?> http() {
        return dev.todo.adapter.http.identity.TokenVerifier.class;
    }
}

package dev.todo.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A database of its own on the shared test server, as a host application has it: its pool (as the
 * database's owner), its own tables in public ({@code orders}, and a {@code tasks} of its own) migrated by
 * its own Flyway history. Dropped on close.
 */
final class HostDatabase implements AutoCloseable {
    private final PostgresTestDatabase server;
    private final String name;
    private final HikariDataSource pool;

    HostDatabase(PostgresTestDatabase server) {
        this(server, true);
    }

    /** @param autoCommit false for a host whose pool hands out connections inside a transaction */
    HostDatabase(PostgresTestDatabase server, boolean autoCommit) {
        this.server = server;
        this.name = "host_" + System.nanoTime();
        server.admin().useHandle(handle -> handle.execute("create database " + name));
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(server.superuserUrl().user().orElseThrow());
        config.setPassword(server.superuserUrl().password().orElseThrow());
        config.setMaximumPoolSize(4);
        config.setAutoCommit(autoCommit);
        this.pool = new HikariDataSource(config);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + name;
    }

    /** Runs the host's own migrations (db/host) with Flyway's defaults: public, flyway_schema_history. */
    HostDatabase withOwnTables() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/host")
                .load()
                .migrate();
        return this;
    }

    HikariDataSource dataSource() {
        return pool;
    }

    /** The host's view: its own user, no row-level security restriction (it owns everything). */
    Jdbi jdbi() {
        return Jdbi.create(pool);
    }

    /** A connection of its own, outside the pool, auto-committing: sees only what was committed. */
    Jdbi outsider() {
        return Jdbi.create(
                jdbcUrl(),
                server.superuserUrl().user().orElseThrow(),
                server.superuserUrl().password().orElseThrow());
    }

    @Override
    public void close() {
        pool.close();
        server.admin().useHandle(handle -> handle.execute("drop database " + name + " with (force)"));
    }
}

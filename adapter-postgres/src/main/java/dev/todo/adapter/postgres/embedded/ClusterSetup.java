package dev.todo.adapter.postgres.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a cluster safe to serve: every login needs a password (SCRAM, loopback only), the superuser and
 * the service's own role ({@code todo}: no superuser, owner of the {@code postgres} database and of the
 * service's tables) have the generated passwords. Runs in single-user mode, so no connection is ever
 * accepted without a password; idempotent, so a cluster made by an earlier version (which trusted every
 * local connection and ran the service as the superuser) is brought to the same state.
 */
final class ClusterSetup {
    static final String HBA = """
            # Written by the Todo service at every start: every connection needs a password (SCRAM),
            # and only the loopback interface is served.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private ClusterSetup() {}

    /** Writes the access rules; the server reads them when it starts. */
    static void writeAccessRules(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "TODO_DATA_DIR: cannot write " + data.resolve("pg_hba.conf") + " (" + e + ")", e);
        }
    }

    /** The single-user statements, one per line (single-user mode ends a statement at each newline). */
    static String sql(Credentials credentials) {
        String role = Credentials.SERVICE_ROLE;
        return String.join(
                        "\n",
                        "alter role " + Credentials.SUPERUSER + " password " + literal(credentials.superuserPassword())
                                + ";",
                        "do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then"
                                + " create role " + role + " login createrole nosuperuser nobypassrls; end if; end $$;",
                        "alter role " + role + " login password " + literal(credentials.servicePassword()) + ";",
                        "alter database postgres owner to " + role + ";",
                        // tables, views, sequences and functions of the service made by an earlier version as the
                        // superuser
                        "do $$ declare r record; begin"
                                + " for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')"
                                + " and c.relowner <> '" + role + "'::regrole"
                                + " and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass"
                                + " and d.objid = c.oid and d.deptype = 'e')"
                                + " loop execute format('alter table %s owner to " + role + "', r.name); end loop;"
                                + " for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                                + " where n.nspname = 'public' and p.proowner <> '" + role + "'::regrole"
                                + " and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass"
                                + " and d.objid = p.oid and d.deptype = 'e')"
                                + " loop execute format('alter routine %s owner to " + role + "', r.name); end loop;"
                                + " if exists (select from pg_roles where rolname = 'todo_app') then"
                                + " execute 'grant todo_app to " + role + "'; end if;"
                                + " end $$;")
                + "\n";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

package dev.todo.adapter.postgres;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PostgreSQL schema that holds Todo's tables: {@code public} for the service, or a schema of its own
 * (such as {@code todo}) inside a host application's database. A plain lowercase identifier, so it needs no
 * quoting in {@code search_path} or in grants.
 */
public record TodoSchema(String name) {
    // before PUBLIC, which the constructor checks against it
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    public static final TodoSchema PUBLIC = new TodoSchema("public");

    public TodoSchema {
        Objects.requireNonNull(name, "name");
        if (!IDENTIFIER.matcher(name).matches() || name.startsWith("pg_")) {
            throw new IllegalArgumentException(
                    "schema must be a lowercase identifier (a-z, 0-9, _; not pg_…), was '" + name + "'");
        }
    }

    public static TodoSchema of(String name) {
        return new TodoSchema(name);
    }

    /** The first schema of a URL's {@code currentSchema} parameter, or {@code public} without one. */
    static TodoSchema of(DatabaseUrl url) {
        return Optional.ofNullable(url.properties().get("currentSchema"))
                .or(() -> queryParameter(url.jdbcUrl(), "currentSchema"))
                .map(list -> list.split(",")[0].strip())
                .map(TodoSchema::new)
                .orElse(PUBLIC);
    }

    private static Optional<String> queryParameter(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        return Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1))
                .findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}

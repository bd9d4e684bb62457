package dev.todo.adapter.postgres;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to connect: a JDBC URL, optional credentials and driver properties. Parsed from
 * either a {@code postgresql://} URL (as Neon and other hosts print it) or a {@code jdbc:postgresql:} URL.
 */
public record DatabaseUrl(
        String jdbcUrl, Optional<String> user, Optional<String> password, Map<String, String> properties) {

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        properties = Map.copyOf(properties);
    }

    /**
     * Parses {@code postgresql://user:password@host:port/database?param=value} (also {@code postgres://},
     * with percent-encoded parts and port 5432 by default; parameters become driver properties) or a
     * {@code jdbc:postgresql:} URL, which is used as it is.
     *
     * @throws InvalidDatabaseUrlException saying what is wrong, never echoing the password
     */
    public static DatabaseUrl parse(String url) {
        return new DatabaseUrlParser(url).parse();
    }

    /** The JDBC URL without its query (which may hold secrets): host, port and database, fit for messages. */
    public String location() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    @Override
    public String toString() {
        String shown = location() + (jdbcUrl.indexOf('?') < 0 ? "" : "?…");
        return "DatabaseUrl[" + shown + ", user=" + user.orElse("(none)") + ", password="
                + (password.isPresent() ? "redacted" : "(none)") + ", properties=" + properties.keySet() + "]";
    }
}

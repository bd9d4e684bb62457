package dev.todo.adapter.postgres;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a libpq-style URL part by part; each error names the part at fault, never its secret content. */
final class DatabaseUrlParser {
    private static final int DEFAULT_PORT = 5432;
    // libpq parameter names whose pgjdbc property is spelled differently
    private static final Map<String, String> DRIVER_NAMES = Map.of(
            "channel_binding", "channelBinding",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName");

    private final String url;

    DatabaseUrlParser(String url) {
        this.url = url;
    }

    DatabaseUrl parse() {
        if (url == null || url.isBlank()) {
            throw new InvalidDatabaseUrlException("it is empty");
        }
        String text = url.strip();
        if (text.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(text, Optional.empty(), Optional.empty(), Map.of());
        }
        String rest = stripScheme(text);
        if (rest.indexOf('#') >= 0) {
            throw new InvalidDatabaseUrlException("it has a '#' fragment; percent-encode '#' in the password as %23");
        }
        int query = rest.indexOf('?');
        Map<String, String> properties = query < 0 ? Map.of() : parseQuery(rest.substring(query + 1));
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int at = beforeQuery.lastIndexOf('@');
        String userInfo = at < 0 ? "" : beforeQuery.substring(0, at);
        String location = beforeQuery.substring(at + 1);
        int slash = location.indexOf('/');
        if (slash < 0 || slash == location.length() - 1) {
            throw new InvalidDatabaseUrlException("the database name is missing (expected host:port/database)");
        }
        String hosts = parseHosts(location.substring(0, slash));
        String database = decode(location.substring(slash + 1), "database name");
        String jdbcUrl = "jdbc:postgresql://" + hosts + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
        return new DatabaseUrl(jdbcUrl, user(userInfo), password(userInfo), properties);
    }

    private static String stripScheme(String text) {
        for (String scheme : List.of("postgresql://", "postgres://")) {
            if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return text.substring(scheme.length());
            }
        }
        throw new InvalidDatabaseUrlException(
                "it must start with postgresql://, postgres:// or jdbc:postgresql: (scheme not recognised)");
    }

    private static Optional<String> user(String userInfo) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        return user.isEmpty() ? Optional.empty() : Optional.of(decode(user, "user name"));
    }

    private static Optional<String> password(String userInfo) {
        int colon = userInfo.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1), "password"));
    }

    /** One or more {@code host[:port]} separated by commas, as libpq and pgjdbc both accept. */
    private static String parseHosts(String hostList) {
        List<String> hosts = new ArrayList<>();
        for (String hostPort : hostList.split(",", -1)) {
            hosts.add(parseHost(hostPort));
        }
        return String.join(",", hosts);
    }

    private static String parseHost(String hostPort) {
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.indexOf(':');
        String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        if (host.isEmpty() || host.equals("[]")) {
            throw new InvalidDatabaseUrlException("the host is missing");
        }
        if (!host.matches("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]")) {
            throw new InvalidDatabaseUrlException(
                    "the host holds characters a host name cannot have (is a '@' or '/' in the password not percent-encoded?)");
        }
        int port = portColon < 0 ? DEFAULT_PORT : port(hostPort.substring(portColon + 1));
        return host + ":" + port;
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new InvalidDatabaseUrlException("the port must be a number from 1 to 65535");
        }
        return Integer.parseInt(text);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InvalidDatabaseUrlException("a query parameter is not of the form name=value");
            }
            String name = decode(pair.substring(0, equals), "query parameter name");
            String driverName = DRIVER_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
            String value = decode(pair.substring(equals + 1), "value of query parameter " + name);
            if (properties.put(driverName, value) != null) {
                throw new InvalidDatabaseUrlException("query parameter " + name + " is given twice");
            }
        }
        return properties;
    }

    /** Percent-decoding as in URLs ('+' stays '+', unlike form encoding). */
    private static String decode(String text, String part) {
        var bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int literalEnd = percent < 0 ? text.length() : percent;
            bytes.writeBytes(text.substring(i, literalEnd).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= text.length()) {
                throw new InvalidDatabaseUrlException("the " + part + " has an incomplete percent-escape");
            }
            int high = Character.digit(text.charAt(percent + 1), 16);
            int low = Character.digit(text.charAt(percent + 2), 16);
            if (high < 0 || low < 0) {
                throw new InvalidDatabaseUrlException("the " + part + " has an invalid percent-escape");
            }
            bytes.write(high * 16 + low);
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

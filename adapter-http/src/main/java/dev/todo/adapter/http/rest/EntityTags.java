package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.PreconditionFailedException;
import dev.todo.domain.task.Task;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Strong entity tags {@code "<version>"} for tasks, and {@code If-Match} turned into the version a
 * conditional change expects. Weak tags never match (RFC 9110 compares If-Match strongly).
 */
final class EntityTags {
    private static final Pattern STRONG_VERSION = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private EntityTags() {}

    static String of(Task task) {
        return "\"" + task.version() + "\"";
    }

    /**
     * The version an {@code If-Match} header demands: none for an absent header or {@code *}; for a
     * list of several tags, the current version if the list holds it.
     *
     * @param currentVersion read only when the header lists several tags
     * @throws PreconditionFailedException if no tag in the header could match any version
     */
    static OptionalLong expectedVersion(String ifMatch, LongSupplier currentVersion) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            var matcher = STRONG_VERSION.matcher(tag.strip());
            if (matcher.matches()) {
                versions.add(Long.parseLong(matcher.group(1)));
            }
        }
        if (versions.isEmpty()) {
            throw new PreconditionFailedException(ifMatch);
        }
        if (versions.size() == 1) {
            return OptionalLong.of(versions.iterator().next());
        }
        long current = currentVersion.getAsLong();
        if (!versions.contains(current)) {
            throw new PreconditionFailedException(ifMatch);
        }
        return OptionalLong.of(current);
    }
}

package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.PreconditionFailedException;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.domain.task.Task;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strong entity tags {@code "<version>"} for tasks, and {@code If-Match} turned into the versions a
 * conditional change accepts. Weak tags never match (RFC 9110 compares If-Match strongly).
 */
final class EntityTags {
    private static final Pattern STRONG_VERSION = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private EntityTags() {}

    static String of(Task task) {
        return "\"" + task.version() + "\"";
    }

    /**
     * The versions an {@code If-Match} header accepts: any for an absent header or {@code *}, otherwise
     * those its strong tags name (the application compares them with the task).
     *
     * @throws PreconditionFailedException if no tag in the header could match any version
     */
    static ExpectedVersions expectedVersions(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return ExpectedVersions.ANY;
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
        return ExpectedVersions.oneOf(versions);
    }
}

package dev.todo.application.port.in;

import dev.todo.domain.task.Task;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The versions of a task a change accepts: any (an unconditional change, the last writer wins) or one of
 * a non-empty set (a conditional change, as HTTP's {@code If-Match} lists entity tags). The application
 * compares them with the task it reads for the change.
 */
public final class ExpectedVersions {
    /** Any version: the change applies to the task as it is. */
    public static final ExpectedVersions ANY = new ExpectedVersions(Set.of());

    private final Set<Long> versions;

    private ExpectedVersions(Set<Long> versions) {
        this.versions = versions;
    }

    /** Exactly this version. */
    public static ExpectedVersions of(long version) {
        return oneOf(Set.of(version));
    }

    /** One of these versions; at least one must be given. */
    public static ExpectedVersions oneOf(Collection<Long> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version is expected");
        }
        return new ExpectedVersions(Set.copyOf(versions));
    }

    public boolean isAny() {
        return versions.isEmpty();
    }

    /** The accepted versions; empty when any version is accepted. */
    public Set<Long> versions() {
        return versions;
    }

    public boolean accepts(long version) {
        return isAny() || versions.contains(version);
    }

    /**
     * Lets a change go on only if the task has an accepted version.
     *
     * @throws TaskVersionMismatchException otherwise
     */
    public void check(Task task) {
        if (!accepts(task.version())) {
            throw new TaskVersionMismatchException(task.id(), versions, task.version());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedVersions that && versions.equals(that.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions);
    }

    @Override
    public String toString() {
        return isAny() ? "any version" : "one of versions " + versions;
    }
}

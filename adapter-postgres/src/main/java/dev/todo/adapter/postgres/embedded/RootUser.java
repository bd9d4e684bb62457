package dev.todo.adapter.postgres.embedded;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Whether this process runs as root, and how PostgreSQL's programs can run anyway. */
final class RootUser {
    private RootUser() {}

    static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return false; // not a Unix JVM: nothing refuses root there
        }
    }

    /**
     * {@code unshare -U}: the program runs as an unprivileged user of a new user namespace.
     *
     * @throws EmbeddedDatabaseException if this system cannot do that
     */
    static List<String> unsharePrefix() {
        List<String> prefix = List.of("unshare", "-U");
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return prefix;
            }
            probe.destroyForcibly();
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new EmbeddedDatabaseException("DATABASE_URL: is needed here: the embedded PostgreSQL cannot run as"
                + " root and this system cannot give it a user namespace (unshare -U); run the service as another"
                + " user, or set DATABASE_URL (example: DATABASE_URL=postgresql://todo:secret@localhost:5432/todo)");
    }
}

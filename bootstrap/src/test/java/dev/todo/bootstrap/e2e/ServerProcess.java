package dev.todo.bootstrap.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The service in its own JVM, started like `java -jar`, so tests can SIGTERM or SIGKILL it. */
final class ServerProcess {
    private final Process process;
    private final URI baseUri;
    private final List<String> output;
    private final Thread reader;

    private ServerProcess(Process process, URI baseUri, List<String> output, Thread reader) {
        this.process = process;
        this.baseUri = baseUri;
        this.output = output;
        this.reader = reader;
    }

    static ServerProcess start(Map<String, String> environment) throws Exception {
        int port = ExternalDatabase.freePort();
        var builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.todo.bootstrap.Main")
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_PORT", "0");
        Process process = builder.start();
        var started = new CompletableFuture<Void>();
        List<String> output = new CopyOnWriteArrayList<>();
        var reader = new Thread(() -> pump(process, started, output), "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new ServerProcess(process, URI.create("http://localhost:" + port), output, reader);
    }

    private static void pump(Process process, CompletableFuture<Void> started, List<String> output) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println("[server] " + line);
                output.add(line);
                if (line.contains("Todo is running at")) {
                    started.complete(null);
                }
            }
            started.completeExceptionally(new IllegalStateException("the server exited before it was running"));
        } catch (IOException e) {
            started.completeExceptionally(new UncheckedIOException(e));
        }
    }

    /** Every line the server has written so far (standard output and error). */
    List<String> output() {
        return List.copyOf(output);
    }

    URI baseUri() {
        return baseUri;
    }

    /** The server's JVM process. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * SIGTERM, then waits for the process to end and for its last lines; returns its exit code. The signal
     * goes through the process handle: {@code Process.destroy()} would also close our end of its output,
     * losing every line it writes while it stops.
     */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within 60 s of SIGTERM");
        }
        reader.join(10_000); // the last lines it wrote
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}

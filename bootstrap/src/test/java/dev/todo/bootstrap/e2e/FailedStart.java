package dev.todo.bootstrap.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The service started as {@code java … Main} that is expected to end by itself: its exit, output and duration. */
record FailedStart(int exitCode, List<String> stdout, List<String> stderr, Duration took) {
    static FailedStart run(Map<String, String> environment, String... args) throws Exception {
        Path out = Files.createTempFile("todo-start-", ".out");
        Path err = Files.createTempFile("todo-start-", ".err");
        try {
            var command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.todo.bootstrap.Main"));
            command.addAll(List.of(args));
            var builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("PORT", "0");
            builder.environment().put("MANAGEMENT_PORT", "0");
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 90 s: " + Files.readString(out));
            }
            return new FailedStart(
                    process.exitValue(),
                    Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Standard error is this one line; nothing anywhere looks like a stack trace. */
    boolean saidOneLineOnly() {
        return stderr.size() == 1
                && stdout.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
    }
}

package dev.todo.adapter.postgres.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the output of PostgreSQL's programs into one line for an error message: its FATAL, PANIC, ERROR
 * and error lines, without the statements that caused them (they may hold passwords).
 */
final class ServerMessages {
    private static final int MAX_LENGTH = 400;

    private ServerMessages() {}

    static String summary(String output) {
        List<String> lines = Arrays.stream(output.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .filter(line -> !line.contains("STATEMENT:"))
                .toList();
        List<String> errors = lines.stream()
                .filter(line -> line.matches(".*\\b(FATAL|PANIC|ERROR|error|could not)\\b.*"))
                .toList();
        List<String> shown = errors.isEmpty() ? lines.subList(Math.max(0, lines.size() - 2), lines.size()) : errors;
        String text = shown.stream().map(ServerMessages::withoutTimestamp).collect(Collectors.joining(" / "));
        if (text.isEmpty()) {
            return "(no output)";
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    private static String withoutTimestamp(String line) {
        // "2026-11-28 04:00:34.923 UTC [9239] FATAL:  …" → "FATAL:  …"
        return line.replaceFirst("^\\d{4}-\\d{2}-\\d{2} [0-9:.]+ \\S+ \\[\\d+\\] ", "");
    }
}

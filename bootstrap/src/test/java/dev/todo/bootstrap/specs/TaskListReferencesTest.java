package dev.todo.bootstrap.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test and source file a {@code specs/*}{@code /tasks.md} names still exists: {@code `HT/rest/X`}
 * (a test class), {@code `HT/X.method`} (a test method: the name must be declared in that class) and
 * {@code `H/X.java`} (a source file), with the path abbreviations each tasks.md defines (and 001's, which
 * the others reuse). A rename or a deleted test without the spec changing fails here. Planned tasks
 * ({@code - [ ]}) name files that do not exist yet; only done tasks ({@code - [X]}) are checked.
 */
class TaskListReferencesTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** {@code `X/` = `some/path/`} and {@code tests `XT/` = `some/path/`} in a tasks.md. */
    private static final Pattern ABBREVIATION = Pattern.compile("`([A-Z]{1,3})/` =\\s*`([^`]+/)`");
    /** A reference such as {@code `HT/identity/ForgedTokenTest.ignoresEmbeddedKeyHeaders`}. */
    /** A planned task: from its {@code - [ ]} line up to the next task or heading. */
    private static final Pattern PLANNED_TASK = Pattern.compile("(?ms)^- \\[ \\] .*?(?=^- \\[|^#|\\z)");

    private static final Pattern REFERENCE =
            Pattern.compile("`([A-Z]{1,3})/((?:[\\w-]+/)*)([A-Z]\\w*)(?:\\.java)?(?:\\.(\\w+))?`");

    @Test
    void every_test_and_file_named_in_a_task_list_exists() throws IOException {
        Map<String, String> shared = abbreviations(read(REPOSITORY.resolve("specs/001-task-management/tasks.md")));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path taskList : taskLists()) {
            String text = PLANNED_TASK.matcher(read(taskList)).replaceAll("");
            Map<String, String> paths = new LinkedHashMap<>(shared);
            paths.putAll(abbreviations(text));
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                String root = paths.get(reference.group(1));
                if (root == null) {
                    continue;
                }
                checked++;
                Path file = REPOSITORY.resolve(root + reference.group(2) + reference.group(3) + ".java");
                String where = REPOSITORY.relativize(taskList) + ": " + reference.group();
                if (!Files.isRegularFile(file)) {
                    missing.add(where + " (no " + REPOSITORY.relativize(file) + ")");
                } else if (reference.group(4) != null && !declares(read(file), reference.group(4))) {
                    missing.add(where + " (no method " + reference.group(4) + ")");
                }
            }
        }

        assertThat(checked).as("references found in the task lists").isGreaterThan(100);
        assertThat(missing).as("references to files or tests that do not exist").isEmpty();
    }

    private static boolean declares(String source, String method) {
        return Pattern.compile("\\b" + Pattern.quote(method) + "\\s*\\(")
                .matcher(source)
                .find();
    }

    private static Map<String, String> abbreviations(String taskList) {
        Map<String, String> paths = new LinkedHashMap<>();
        Matcher abbreviation = ABBREVIATION.matcher(taskList.replaceAll("\\s*\\n\\s*", " "));
        while (abbreviation.find()) {
            paths.put(abbreviation.group(1), abbreviation.group(2));
        }
        return paths;
    }

    private static List<Path> taskLists() throws IOException {
        try (Stream<Path> specs = Files.list(REPOSITORY.resolve("specs"))) {
            return specs.map(spec -> spec.resolve("tasks.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.todo.bootstrap.TodoApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curl sequences of the README and of the quickstart, run as written against a started server. */
class DocumentedWalkthroughTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path data;

    private static TodoApplication app;

    @BeforeAll
    static void start() {
        assumeTrue(
                onPath("curl") && onPath("bash"),
                "curl or bash is not installed; skipping the replay of the documented curl walkthroughs");
        app = TodoApplication.start(Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "TODO_DATA_DIR", data.toString()));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void the_readme_quick_start_creates_and_lists_a_task() throws Exception {
        String script = bashBlockContaining(ROOT.resolve("README.md"), "sign-up/email");

        String output = run(script);

        assertThat(output).contains("\"title\":\"Write the report\"", "\"priority\":\"high\"", "\"tags\":[\"work\"]");
        assertThat(output.split("\"title\":\"Write the report\"", -1)).hasSize(3); // created, then listed
        assertThat(output).doesNotContain("\"status\":4");
    }

    @Test
    void the_quickstart_walkthrough_works_on_the_task_it_created() throws Exception {
        Path quickstart = ROOT.resolve("specs/001-task-management/quickstart.md");
        String script = bashBlockContaining(quickstart, "sign-up/email");

        String output = run(script);

        assertThat(output)
                .contains("HTTP/1.1 200", "\"title\":\"Buy milk\"", "\"completed\":true", "\"completed\":false")
                .contains("\"title\":\"Buy oat milk\"", "HTTP/1.1 204", "\"status\":403")
                .doesNotContain("\"status\":404", "\"status\":401", "\"status\":409", "\"status\":412");
    }

    /** The first ```bash block of the file that contains this text, pointed at the started server. */
    private static String bashBlockContaining(Path file, String text) throws IOException {
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        for (String part : markdown.split("```bash\n")) {
            int end = part.indexOf("```");
            if (end > 0 && part.substring(0, end).contains(text)) {
                return part.substring(0, end)
                        .replace("http://localhost:8080", app.baseUri().toString())
                        .replace("localhost:8080", app.baseUri().toString());
            }
        }
        throw new AssertionError(file + " has no bash block with " + text);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static String run(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output;
    }
}

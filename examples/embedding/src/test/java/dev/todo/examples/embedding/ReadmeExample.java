package dev.todo.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares a test's README:begin…README:end block, and its imports, with the repository's README. */
final class ReadmeExample {
    private static final Path README = Path.of("../../README.md");

    private ReadmeExample() {}

    static void assertShownVerbatim(Class<?> test) throws IOException {
        String source = Files.readString(
                Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
        String example = source.substring(source.indexOf("// README:begin") + 15, source.indexOf("// README:end"));
        String readme = Files.readString(README);

        assertThat(squeeze(readme)).contains(squeeze(example));
        source.lines()
                .filter(line -> line.startsWith("import dev.todo.") && !line.contains("examples"))
                .forEach(line -> assertThat(readme).contains(line));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

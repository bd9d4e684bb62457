package dev.todo.application.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.TodoCore;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.TaskPage;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, run as a test; the other tests keep the README's copy identical (its
 * statements and its imports). The example project under examples/embedding runs it again from the
 * installed artifacts, in memory and on PostgreSQL.
 */
class EmbeddingExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/todo/application/example/EmbeddingExampleTest.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void the_core_runs_embedded_in_memory() {
        // README:begin
        TodoCore todo =
                TodoCore.inMemory(); // or PostgresTodo.over(dataSource, "todo"), or TodoCore.over(yourRepository)

        UserId ada = UserId.of("ada");
        Task report = todo.createTask(
                CreateTaskCommand.of(ada, TaskDetails.titled("Write the report").withTags("work")));
        todo.completeTask(CompleteTaskCommand.toggle(ada, report.id()));

        TaskPage done = todo.listTasks(ListTasksQuery.firstPage(ada).withStatus(CompletionStatus.COMPLETED));
        // README:end

        assertThat(done.tasks()).extracting(t -> t.title().value()).containsExactly("Write the report");
        assertThat(done.tasks().get(0).completed()).isTrue();
        assertThat(done.next()).isEmpty();
    }

    @Test
    void the_readme_shows_this_example_verbatim() throws IOException {
        String source = Files.readString(SOURCE);
        String example =
                source.substring(source.indexOf("// README:begin") + 15, source.indexOf("        // README:end"));

        assertThat(squeeze(Files.readString(README))).contains(squeeze(example));
    }

    @Test
    void the_readme_imports_are_the_ones_the_example_needs() throws IOException {
        String source = Files.readString(SOURCE);
        String readme = Files.readString(README);
        String fromImports = readme.substring(readme.indexOf("import dev.todo.application.TodoCore;"));
        String block = fromImports.substring(0, fromImports.indexOf("```"));

        block.lines()
                .filter(line -> line.startsWith("import "))
                .forEach(line -> assertThat(source).contains(line));
        source.lines()
                .filter(line -> line.startsWith("import dev.todo."))
                .forEach(line -> assertThat(block).contains(line));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

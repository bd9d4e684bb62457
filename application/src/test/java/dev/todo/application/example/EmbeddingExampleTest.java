package dev.todo.application.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.CreateTaskUseCase;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.ListTasksUseCase;
import dev.todo.application.port.in.TaskPage;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.service.CompleteTaskService;
import dev.todo.application.service.CreateTaskService;
import dev.todo.application.service.ListTasksService;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.user.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The README's embedding example, run as a test; a second test keeps the README's copy identical. */
class EmbeddingExampleTest {
    @Test
    void the_core_runs_embedded_with_any_task_repository() {
        // README:begin
        TaskRepository tasks = new InMemoryTaskRepository(); // or adapter-postgres, or your own adapter
        Clock clock = Clock.systemUTC();
        CreateTaskUseCase createTask = new CreateTaskService(tasks, clock);
        CompleteTaskUseCase completeTask = new CompleteTaskService(tasks, clock);
        ListTasksUseCase listTasks = new ListTasksService(tasks);

        UserId ada = UserId.of("ada");
        Task report = createTask.createTask(new CreateTaskCommand(
                ada,
                TaskDetails.titled("Write the report")
                        .withPriority(Priority.HIGH)
                        .withTags("work")));
        completeTask.completeTask(CompleteTaskCommand.toggle(ada, report.id()));

        TaskPage done = listTasks.listTasks(
                ListTasksQuery.firstPage(ada).withFilter(TaskFilter.ALL.withStatus(CompletionStatus.COMPLETED)));
        // README:end

        assertThat(done.tasks()).extracting(t -> t.title().value()).containsExactly("Write the report");
        assertThat(done.tasks().get(0).completed()).isTrue();
        assertThat(done.next()).isEmpty();
    }

    @Test
    void the_readme_shows_this_example_verbatim() throws IOException {
        String source =
                Files.readString(Path.of("src/test/java/dev/todo/application/example/EmbeddingExampleTest.java"));
        String example =
                source.substring(source.indexOf("// README:begin") + 15, source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(squeeze(readme)).contains(squeeze(example));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

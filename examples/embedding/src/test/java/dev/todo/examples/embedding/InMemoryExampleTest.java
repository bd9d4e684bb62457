package dev.todo.examples.embedding;

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
import org.junit.jupiter.api.Test;

/** The README's example as it stands, from the installed artifacts only, in memory. */
class InMemoryExampleTest {
    @Test
    void the_readme_example_runs_in_memory() {
        // README:begin
        TodoCore todo = TodoCore.inMemory(); // or PostgresTodo.over(dataSource, "todo"), or TodoCore.over(yourRepository)

        UserId ada = UserId.of("ada");
        Task report = todo.createTask(CreateTaskCommand.of(ada, TaskDetails.titled("Write the report").withTags("work")));
        todo.completeTask(CompleteTaskCommand.toggle(ada, report.id()));

        TaskPage done = todo.listTasks(ListTasksQuery.firstPage(ada).withStatus(CompletionStatus.COMPLETED));
        // README:end

        assertThat(done.tasks()).extracting(Task::id).containsExactly(report.id());
        assertThat(done.tasks().get(0).completed()).isTrue();
    }

    @Test
    void the_readme_shows_this_example_verbatim() throws IOException {
        ReadmeExample.assertShownVerbatim(getClass());
    }
}

package dev.todo.application.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.InvalidPageCursorException;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.in.TaskPage;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListTasksServiceTest {
    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final ListTasksService list = new ListTasksService(tasks);
    private final UserId ada = UserId.random();

    private List<Task> create(int count) {
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var clock =
                    Clock.fixed(Instant.parse("2026-04-01T12:00:00Z").plus(Duration.ofMinutes(i % 3)), ZoneOffset.UTC);
            created.add(new CreateTaskService(tasks, new Occurrences(RecurrenceExpander.NONE), clock)
                    .createTask(new CreateTaskCommand(ada, TaskDetails.titled("task " + i))));
        }
        return created;
    }

    @Test
    void pages_follow_their_cursors_to_the_end() {
        List<Task> created = create(7);
        var query = ListTasksQuery.firstPage(ada).withLimit(3);

        TaskPage first = list.listTasks(query);
        TaskPage second = list.listTasks(query.after(first.next().orElseThrow()));
        TaskPage third = list.listTasks(query.after(second.next().orElseThrow()));

        List<Task> walked = new ArrayList<>(first.tasks());
        walked.addAll(second.tasks());
        walked.addAll(third.tasks());
        assertThat(walked)
                .containsExactlyElementsOf(
                        created.stream().sorted(TaskOrder.DEFAULT.tasks()).toList());
        assertThat(third.tasks()).hasSize(1);
        assertThat(third.next()).isEmpty();
    }

    @Test
    void a_page_that_ends_exactly_at_the_last_task_has_no_next() {
        create(3);
        assertThat(list.listTasks(ListTasksQuery.firstPage(ada).withLimit(3)).next())
                .isEmpty();
    }

    @Test
    void cursors_are_opaque_and_bound_to_their_order() {
        create(4);
        var query = ListTasksQuery.firstPage(ada).withLimit(2);
        PageCursor cursor = list.listTasks(query).next().orElseThrow();

        assertThat(cursor.value()).matches("[A-Za-z0-9_-]+");
        assertThatThrownBy(() -> list.listTasks(
                        query.withOrder(TaskOrder.of(TaskSort.TITLE)).after(cursor)))
                .isInstanceOf(InvalidPageCursorException.class);
        assertThatThrownBy(() -> list.listTasks(query.after(new PageCursor("not a cursor!"))))
                .isInstanceOf(InvalidPageCursorException.class);
        assertThatThrownBy(() -> list.listTasks(query.after(new PageCursor("djF8Y3JlYXRlZHxkZXNjfDF8bm90LWEtdGltZQ"))))
                .isInstanceOf(InvalidPageCursorException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "v1|created|desc|1|+999999-01-01T00:00:00Z",
                "v1|updated|desc|1|0042-01-01T00:00:00Z",
                "v1|due_date|asc|1|+10000-01-01T00:00:00Z",
                "v1|title|asc|1|a\u0000b",
                "v1|title|asc|1|line\nbreak",
                "v1|priority|desc|1|7",
            })
    void cursors_with_keys_no_stored_task_can_have_are_refused(String text) {
        create(2);
        String[] parts = text.split("\\|");
        var order = new TaskOrder(TaskSort.parse(parts[1]), SortDirection.parse(parts[2]));
        var forged = new PageCursor(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(UTF_8)));
        var query = ListTasksQuery.firstPage(ada).withOrder(order);

        assertThat(list.listTasks(query).tasks()).hasSize(2);
        assertThatThrownBy(() -> list.listTasks(query.after(forged)))
                .isInstanceOf(InvalidPageCursorException.class)
                .hasMessageContaining("unknown format");
    }
}

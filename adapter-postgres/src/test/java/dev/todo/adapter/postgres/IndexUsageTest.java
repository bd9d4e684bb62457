package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every sort, in both directions, pages by walking its index: the plan has no sort step. */
@ExtendWith(SharedPostgresExtension.class)
class IndexUsageTest {
    private final PostgresTestDatabase database;

    IndexUsageTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @ParameterizedTest
    @EnumSource(TaskSort.class)
    void each_sort_key_pages_along_its_own_index(TaskSort sort) {
        UserId owner = UserId.random();
        Task task = database.persistence()
                .taskRepository()
                .add(new NewTask(owner, TaskDetails.titled("indexed"), Instant.parse("2026-01-01T00:00:00Z")));
        var transactions =
                new ScopedTransactions(Jdbi.create(database.persistence().dataSource()), Duration.ofSeconds(5));

        for (SortDirection direction : SortDirection.values()) {
            var slice = new TaskSlice(
                    TaskFilter.ALL, new TaskOrder(sort, direction), Optional.of(TaskPosition.of(task, sort)), 50);
            var query = new TaskListQuery(owner, slice);
            String plan = transactions.actingAs(owner, handle -> {
                handle.execute("set local enable_seqscan = off");
                handle.execute("set local enable_sort = off");
                handle.execute("set local enable_bitmapscan = off");
                return String.join(
                        "\n",
                        handle.createQuery("explain " + query.sql())
                                .bindMap(query.values())
                                .mapTo(String.class)
                                .list());
            });

            assertThat(plan).as(sort + " " + direction).doesNotContain("Sort").contains("tasks_by_");
        }
    }
}

package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-memory repository's listing checked against an independent oracle: PostgreSQL's own filtering
 * and ORDER BY. The same tasks (many ties, absent keys, mixed case and accents) are stored in both, and
 * every filter in every order, walked in pages, must yield the same tasks in the same order.
 */
@ExtendWith(SharedPostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InMemoryListingAgreesWithPostgresTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-06-01T12:00:00Z");
    private static final String[] TITLES = {
        "apple", "Apple", "Äpfel", "banana", "Banana split", "zebra", "Zürich", "éclair"
    };
    private static final String[] DESCRIPTIONS = {null, "buy APPLES", "walk", "100% done", "Bake for the party"};
    private static final String[] TAGS = {"work", "fruit", "party"};

    private final UserId owner = UserId.random();
    private final TaskRepository postgres;
    private final TaskRepository memory = new InMemoryTaskRepository();
    /** Seed number of each stored task, per store (the stores assign their own ids). */
    private final Map<TaskId, Integer> postgresSeeds = new HashMap<>();

    private final Map<TaskId, Integer> memorySeeds = new HashMap<>();

    InMemoryListingAgreesWithPostgresTest(PostgresTestDatabase database) {
        this.postgres = database.persistence().taskRepository();
    }

    @BeforeAll
    void seedBothStores() {
        var random = new Random(13);
        for (int seed = 0; seed < 120; seed++) {
            var details = TaskDetails.titled(TITLES[random.nextInt(TITLES.length)])
                    .withDescription(DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)])
                    .withPriority(random.nextInt(4) == 0 ? null : Priority.values()[random.nextInt(3)])
                    .withDueAt(random.nextInt(3) == 0 ? null : DUE.plusSeconds(3600L * random.nextInt(5)))
                    .withTags(random.nextBoolean() ? new String[0] : new String[] {TAGS[random.nextInt(TAGS.length)]});
            var task = new NewTask(owner, details, T0.plusSeconds(60L * random.nextInt(8)), random.nextInt(3) == 0);
            boolean edited = random.nextBoolean();
            Instant editedAt = T0.plusSeconds(3600L + 60L * random.nextInt(5));
            postgresSeeds.put(store(postgres, task, edited, editedAt), seed);
            memorySeeds.put(store(memory, task, edited, editedAt), seed);
            UserId stranger = UserId.random();
            postgres.add(new NewTask(stranger, details, T0));
            memory.add(new NewTask(stranger, details, T0));
        }
    }

    private TaskId store(TaskRepository repository, NewTask task, boolean edited, Instant editedAt) {
        Task stored = repository.add(task);
        if (edited) {
            repository.change(owner, stored.id(), t -> t.toggleCompleted(editedAt));
        }
        return stored.id();
    }

    static Stream<Arguments> filtersInEveryOrder() {
        Map<String, TaskFilter> filters = new HashMap<>();
        filters.put("all", TaskFilter.ALL);
        filters.put("pending", TaskFilter.ALL.withStatus(CompletionStatus.PENDING));
        filters.put("completed", TaskFilter.ALL.withStatus(CompletionStatus.COMPLETED));
        filters.put("text", TaskFilter.ALL.withText("APPL"));
        filters.put("text with LIKE characters", TaskFilter.ALL.withText("100%"));
        filters.put("priority", TaskFilter.ALL.withPriority(Priority.HIGH));
        filters.put("tag", TaskFilter.ALL.withTag("work"));
        filters.put("due before", TaskFilter.ALL.withDueBefore(DUE.plusSeconds(7200)));
        filters.put("due after", TaskFilter.ALL.withDueAfter(DUE.plusSeconds(3600)));
        filters.put(
                "combined",
                TaskFilter.ALL
                        .withStatus(CompletionStatus.PENDING)
                        .withDueAfter(DUE)
                        .withDueBefore(DUE.plusSeconds(4 * 3600))
                        .withPriority(Priority.MEDIUM));
        return filters.entrySet().stream()
                .flatMap(filter -> Stream.of(TaskSort.values())
                        .flatMap(sort -> Stream.of(SortDirection.values())
                                .map(direction -> Arguments.of(
                                        filter.getKey(), filter.getValue(), new TaskOrder(sort, direction)))));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("filtersInEveryOrder")
    void every_filter_in_every_order_yields_the_same_pages(String name, TaskFilter filter, TaskOrder order) {
        List<Integer> expected = walk(postgres, postgresSeeds, filter, order);

        assertThat(walk(memory, memorySeeds, filter, order)).isEqualTo(expected);
        assertThat(expected).as("the filter selects some tasks").isNotEmpty();
        assertThat(postgres.count(owner, filter)).as("the count").isEqualTo(expected.size());
        assertThat(memory.count(owner, filter)).as("the count in memory").isEqualTo(expected.size());
    }

    /** The seed numbers of the listed tasks, page after page (7 to a page), with each page checked. */
    private List<Integer> walk(
            TaskRepository repository, Map<TaskId, Integer> seeds, TaskFilter filter, TaskOrder order) {
        List<Integer> walked = new ArrayList<>();
        Optional<TaskPosition> after = Optional.empty();
        while (true) {
            List<Task> page = repository.list(owner, new TaskSlice(filter, order, after, 7));
            page.forEach(task -> walked.add(seeds.get(task.id())));
            if (page.size() < 7) {
                return walked;
            }
            after = Optional.of(order.positionOf(page.get(page.size() - 1)));
        }
    }
}

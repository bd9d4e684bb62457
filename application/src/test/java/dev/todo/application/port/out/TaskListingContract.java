package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.task.CompletionStatus;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.SortDirection;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskOrder;
import dev.todo.domain.task.TaskPosition;
import dev.todo.domain.task.TaskSort;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How every {@link TaskRepository} lists: only the owner's tasks, each filter, each sort in both
 * directions (ties broken by id), and keyset pages that neither repeat nor skip tasks.
 */
public abstract class TaskListingContract {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant DUE_1 = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant DUE_2 = Instant.parse("2026-06-02T12:00:00Z");
    private static final Instant DUE_3 = Instant.parse("2026-06-03T12:00:00Z");

    private TaskRepository repository;
    private final UserId owner = UserId.random();
    private List<Task> seeded;

    /** A repository over the store under test. */
    protected abstract TaskRepository newRepository();

    @BeforeEach
    void seed() {
        repository = newRepository();
        repository.add(new NewTask(UserId.random(), TaskDetails.titled("apple of a stranger"), T0));
        seeded = new ArrayList<>();
        add("apple", null, null, null, 0, false, "fruit");
        add("Apple pie", "Bake for the party", Priority.HIGH, DUE_2, 0, true, "food", "party");
        add("Banana", null, Priority.LOW, DUE_1, 1, false, "fruit");
        add("banana split", "with APPLE sauce", Priority.MEDIUM, null, 1, false, "food");
        add("Äpfel kaufen", "Markt", Priority.HIGH, DUE_3, 2, true, "work");
        add("cherry", "", null, DUE_1, 3, false);
        add("Zebra crossing", "walk", Priority.LOW, DUE_3, 3, true, "work", "fruit");
        add("zebra", null, Priority.MEDIUM, DUE_2, 4, false, "work");
    }

    private void add(
            String title,
            String description,
            Priority priority,
            Instant due,
            int minute,
            boolean done,
            String... tags) {
        var details = TaskDetails.titled(title)
                .withDescription(description)
                .withPriority(priority)
                .withDueAt(due)
                .withTags(tags);
        Task task = repository.add(new NewTask(owner, details, T0.plusSeconds(60L * minute)));
        if (done) {
            Instant doneAt = T0.plusSeconds(3600L - seeded.size());
            task = repository
                    .change(owner, task.id(), t -> t.markCompleted(true, doneAt))
                    .orElseThrow();
        }
        seeded.add(task);
    }

    private List<String> titles(TaskFilter filter) {
        return repository
                .list(
                        owner,
                        new TaskSlice(
                                filter, new TaskOrder(TaskSort.CREATED, SortDirection.ASC), Optional.empty(), 100))
                .stream()
                .map(t -> t.title().value())
                .toList();
    }

    @Test
    void lists_only_the_owners_tasks() {
        assertThat(titles(TaskFilter.ALL)).hasSize(seeded.size()).doesNotContain("apple of a stranger");
        assertThat(repository.list(
                        UserId.random(), new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    void filters_by_completion() {
        assertThat(titles(TaskFilter.ALL.withStatus(CompletionStatus.COMPLETED)))
                .containsExactly("Apple pie", "Äpfel kaufen", "Zebra crossing");
        assertThat(titles(TaskFilter.ALL.withStatus(CompletionStatus.PENDING)))
                .containsExactly("apple", "Banana", "banana split", "cherry", "zebra");
    }

    @Test
    void searches_every_term_case_insensitively_in_title_and_description() {
        assertThat(titles(TaskFilter.ALL.withText("APPLE"))).containsExactly("apple", "Apple pie", "banana split");
        assertThat(titles(TaskFilter.ALL.withText("apple  PARTY"))).containsExactly("Apple pie");
        assertThat(titles(TaskFilter.ALL.withText("äPF"))).containsExactly("Äpfel kaufen");
        assertThat(titles(TaskFilter.ALL.withText("ana spl"))).containsExactly("banana split");
        assertThat(titles(TaskFilter.ALL.withText("100%_"))).isEmpty();
    }

    @Test
    void filters_by_priority_and_tag() {
        assertThat(titles(TaskFilter.ALL.withPriority(Priority.HIGH))).containsExactly("Apple pie", "Äpfel kaufen");
        assertThat(titles(TaskFilter.ALL.withTag("FRUIT"))).containsExactly("apple", "Banana", "Zebra crossing");
        assertThat(titles(TaskFilter.ALL.withTag("nothing"))).isEmpty();
    }

    @Test
    void filters_by_a_half_open_due_range() {
        assertThat(titles(TaskFilter.ALL.withDueAfter(DUE_2)))
                .containsExactly("Apple pie", "Äpfel kaufen", "Zebra crossing", "zebra");
        assertThat(titles(TaskFilter.ALL.withDueBefore(DUE_2))).containsExactly("Banana", "cherry");
        assertThat(titles(TaskFilter.ALL.withDueAfter(DUE_1).withDueBefore(DUE_3)))
                .containsExactly("Apple pie", "Banana", "cherry", "zebra");
    }

    @Test
    void combines_filters() {
        var filter = TaskFilter.ALL
                .withStatus(CompletionStatus.PENDING)
                .withTag("work")
                .withPriority(Priority.MEDIUM)
                .withText("zeb");
        assertThat(titles(filter)).containsExactly("zebra");
    }

    @Test
    void counts_every_match_of_a_filter_past_any_page_leaving_out_strangers_and_the_trash() {
        var pending = TaskFilter.ALL.withStatus(CompletionStatus.PENDING);
        assertThat(repository.count(owner, TaskFilter.ALL)).isEqualTo(8);
        assertThat(repository.count(owner, pending)).isEqualTo(5);
        assertThat(repository.count(owner, TaskFilter.ALL.withText("apple"))).isEqualTo(3);
        assertThat(repository.count(owner, pending.withDueAfter(DUE_1).withDueBefore(DUE_3)))
                .isEqualTo(3);
        assertThat(repository.count(owner, TaskFilter.ALL.withTag("nothing"))).isZero();
        assertThat(repository.count(UserId.random(), TaskFilter.ALL)).isZero();

        repository.moveToTrash(owner, seeded.get(0).id(), task -> {}, T0.plusSeconds(7200));
        assertThat(repository.count(owner, pending)).isEqualTo(4);
        for (int i = 0; i < 60; i++) {
            repository.add(new NewTask(owner, TaskDetails.titled("more " + i), T0.plusSeconds(i)));
        }
        assertThat(repository.count(owner, pending)).isEqualTo(64);
    }

    static Stream<Arguments> orders() {
        return Stream.of(TaskSort.values())
                .flatMap(sort -> Stream.of(SortDirection.values()).map(d -> Arguments.of(sort, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void sorts_by_every_key_in_both_directions(TaskSort sort, SortDirection direction) {
        var order = new TaskOrder(sort, direction);
        List<Task> listed = repository.list(owner, new TaskSlice(TaskFilter.ALL, order, Optional.empty(), 100));
        assertThat(listed)
                .containsExactlyElementsOf(
                        seeded.stream().sorted(documented(order)).toList());
    }

    @Test
    void sorts_titles_case_insensitively_absent_due_times_last_and_by_priority_rank() {
        assertThat(sortedTitles(TaskSort.TITLE, SortDirection.ASC))
                .containsExactly(
                        "apple",
                        "Apple pie",
                        "Banana",
                        "banana split",
                        "cherry",
                        "zebra",
                        "Zebra crossing",
                        "Äpfel kaufen");
        assertThat(sortedTitles(TaskSort.DUE_DATE, SortDirection.ASC)).endsWith("apple", "banana split");
        assertThat(sortedTitles(TaskSort.PRIORITY, SortDirection.DESC))
                .startsWith("Äpfel kaufen", "Apple pie")
                .endsWith("cherry", "apple");
    }

    private List<String> sortedTitles(TaskSort sort, SortDirection direction) {
        return repository
                .list(owner, new TaskSlice(TaskFilter.ALL, new TaskOrder(sort, direction), Optional.empty(), 100))
                .stream()
                .map(t -> t.title().value())
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void pages_through_every_order_without_repeats_or_gaps(TaskSort sort, SortDirection direction) {
        var order = new TaskOrder(sort, direction);
        assertThat(walk(TaskFilter.ALL, order, 3, null))
                .containsExactlyElementsOf(
                        seeded.stream().sorted(documented(order)).toList());
    }

    @Test
    void pages_through_a_thousand_tasks_in_every_order_visiting_each_exactly_once() {
        // Few distinct keys, so most tasks tie on their sort key and the id decides between them.
        var random = new Random(1000);
        String[] titles = {"alpha", "Alpha", "beta", "BETA two", "gamma", "Äpfel"};
        List<Task> all = new ArrayList<>(seeded);
        while (all.size() < 1000) {
            var details = TaskDetails.titled(titles[random.nextInt(titles.length)])
                    .withPriority(random.nextInt(4) == 0 ? null : Priority.values()[random.nextInt(3)])
                    .withDueAt(random.nextBoolean() ? null : DUE_1.plusSeconds(3600L * random.nextInt(4)));
            all.add(repository.add(new NewTask(owner, details, T0.plusSeconds(60L * random.nextInt(10)))));
        }
        orders().map(arguments -> new TaskOrder(
                        (TaskSort) arguments.get()[0], (SortDirection) arguments.get()[1]))
                .forEach(order -> assertThat(walk(TaskFilter.ALL, order, 50, null))
                        .as("pages in %s", order)
                        .containsExactlyElementsOf(
                                all.stream().sorted(documented(order)).toList()));
    }

    @Test
    void pages_stay_consistent_while_tasks_are_added() {
        var order = new TaskOrder(TaskSort.CREATED, SortDirection.ASC);
        Runnable insertBetweenPages = () -> {
            repository.add(new NewTask(owner, TaskDetails.titled("late"), T0.plusSeconds(86_400)));
            repository.add(new NewTask(owner, TaskDetails.titled("backdated"), T0.minusSeconds(86_400)));
        };
        List<String> walked = walk(TaskFilter.ALL, order, 3, insertBetweenPages).stream()
                .map(t -> t.title().value())
                .toList();

        assertThat(walked).doesNotHaveDuplicates().doesNotContain("backdated").endsWith("late");
        assertThat(walked)
                .containsAll(seeded.stream().map(t -> t.title().value()).toList());
    }

    @Test
    void pages_of_a_filtered_listing() {
        var filter = TaskFilter.ALL.withStatus(CompletionStatus.PENDING);
        var order = TaskOrder.of(TaskSort.PRIORITY);
        assertThat(walk(filter, order, 2, null))
                .containsExactlyElementsOf(seeded.stream()
                        .filter(filter::matches)
                        .sorted(documented(order))
                        .toList());
    }

    @Test
    void returns_at_most_the_limit() {
        assertThat(repository.list(owner, new TaskSlice(TaskFilter.ALL, TaskOrder.DEFAULT, Optional.empty(), 2)))
                .hasSize(2);
    }

    /**
     * The order FR-019 documents, written out here rather than taken from {@link TaskOrder}, so that a
     * repository (the in-memory one sorts with {@code TaskOrder}) is checked against an independent
     * oracle: the key (titles lowercased and compared by code point, absent due times last, no priority
     * below low), then the id, both in the order's direction.
     */
    private static Comparator<Task> documented(TaskOrder order) {
        Comparator<Task> key = switch (order.sort()) {
            case CREATED -> Comparator.comparing(Task::createdAt);
            case UPDATED -> Comparator.comparing(Task::updatedAt);
            case TITLE ->
                (a, b) -> Arrays.compare(
                        a.title().value().toLowerCase(Locale.ROOT).codePoints().toArray(),
                        b.title().value().toLowerCase(Locale.ROOT).codePoints().toArray());
            case DUE_DATE -> Comparator.comparing(t -> t.dueAt().orElse(Instant.MAX));
            case PRIORITY ->
                Comparator.comparingInt(t -> t.priority()
                        .map(p -> switch (p) {
                            case LOW -> 1;
                            case MEDIUM -> 2;
                            case HIGH -> 3;
                        })
                        .orElse(0));
        };
        Comparator<Task> ascending = key.thenComparingLong(t -> t.id().value());
        return order.direction() == SortDirection.ASC ? ascending : ascending.reversed();
    }

    private List<Task> walk(TaskFilter filter, TaskOrder order, int pageSize, Runnable afterFirstPage) {
        List<Task> all = new ArrayList<>();
        Optional<TaskPosition> after = Optional.empty();
        while (true) {
            List<Task> page = repository.list(owner, new TaskSlice(filter, order, after, pageSize));
            all.addAll(page);
            if (afterFirstPage != null && after.isEmpty()) {
                afterFirstPage.run();
            }
            if (page.size() < pageSize) {
                return all;
            }
            after = Optional.of(order.positionOf(page.get(page.size() - 1)));
        }
    }
}

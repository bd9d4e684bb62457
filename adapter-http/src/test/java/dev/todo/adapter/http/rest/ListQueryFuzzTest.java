package dev.todo.adapter.http.rest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.todo.adapter.http.HttpConfig;
import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.InvalidPageCursorException;
import dev.todo.application.port.in.TaskPage;
import dev.todo.application.service.ListTasksService;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Priority;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Any query string of a task listing, cursor included, either lists a page or fails with one of the
 * documented 400 answers; nothing else may escape. Replays its seed corpus inside the normal test
 * run; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ListQueryFuzzTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private final UserId owner = UserId.random();
    private final ListTasksService listTasks;
    private final PageCursorSeal cursors =
            new PageCursorSeal(HttpConfig.defaults(0).pageCursorKey());

    ListQueryFuzzTest() {
        var tasks = new InMemoryTaskRepository();
        for (int i = 0; i < 5; i++) {
            var details = TaskDetails.titled("task " + i)
                    .withPriority(i % 2 == 0 ? Priority.HIGH : null)
                    .withDueAt(i % 3 == 0 ? null : T0.plusSeconds(86_400L * i))
                    .withTags("tag" + (i % 2));
            tasks.add(new NewTask(owner, details, T0.plusSeconds(60L * (i % 2))));
        }
        listTasks = new ListTasksService(tasks);
    }

    @FuzzTest(maxDuration = "10s")
    void query_strings_and_cursors_fail_only_in_documented_ways(byte[] input) {
        var query = new String(input, StandardCharsets.UTF_8);
        TaskPage page;
        try {
            page = list(query);
        } catch (BadRequestException | InvalidPageCursorException expected) {
            return; // the contract's 400 answers for a bad query string or cursor
        }
        // The next-page link a client gets must lead to the next page.
        page.next().ifPresent(next -> {
            String link = NextPageLink.of("/api/" + owner.value() + "/tasks", query, cursors.seal(next));
            list(link.substring(link.indexOf('?') + 1, link.indexOf('>')));
        });
    }

    private TaskPage list(String rawQuery) {
        return listTasks.listTasks(new ListTasksRequest(QueryStrings.parse(rawQuery)).toQuery(owner, cursors));
    }
}

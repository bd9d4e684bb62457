package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.application.port.in.CreatedTask;
import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.ExpectedVersions;
import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.in.IdempotencyKey;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.in.UseCases;
import dev.todo.domain.FieldViolation;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Translates the six task endpoints between HTTP and the task use cases. */
public final class TaskHandlers {
    private static final Pattern TASK_ID = Pattern.compile("0*[1-9][0-9]{0,17}");
    /** The preference of a client that wants the number of matching tasks across all pages with a page. */
    static final String COUNT_PREFERENCE = "count=exact";
    /** Where that number is: every task the filters match, whatever the limit and cursor. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final UseCases useCases;
    private final BearerAuthentication auth;
    private final JsonBodyReader bodies;
    private final PageCursorSeal cursors;

    public TaskHandlers(UseCases useCases, BearerAuthentication auth, JsonBodyReader bodies, PageCursorSeal cursors) {
        this.useCases = useCases;
        this.auth = auth;
        this.bodies = bodies;
        this.cursors = cursors;
    }

    void list(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        var query = new ListTasksRequest(QueryStrings.parse(ctx.queryString())).toQuery(owner, cursors);
        var page = useCases.listTasks().listTasks(query);
        announceNext(ctx, page.next());
        if (Preferences.stated(ctx, COUNT_PREFERENCE)) {
            ctx.header(TOTAL_COUNT, Long.toString(useCases.listTasks().countTasks(owner, query.filter())));
            Preferences.applied(ctx, COUNT_PREFERENCE);
        }
        ctx.json(page.tasks().stream().map(TaskResponse::from).toList());
    }

    void create(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        Optional<IdempotencyKey> key = IdempotencyKeys.read(ctx);
        var command = TaskRequest.parse(bodies.readObject(ctx)).toCommand(owner);
        Task task;
        if (key.isPresent()) {
            CreatedTask created = useCases.createTask().createTask(command, key.get());
            task = created.task();
            if (created.replayed()) {
                ctx.header(IdempotencyKeys.REPLAYED, "true");
            }
        } else {
            task = useCases.createTask().createTask(command);
        }
        ctx.status(201).header("Location", TaskLocations.of(task));
        respond(ctx, task);
    }

    void get(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        respond(ctx, useCases.getTask().getTask(new GetTaskQuery(owner, taskId(ctx))));
    }

    void replace(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        TaskId id = taskId(ctx);
        var request = TaskRequest.parse(bodies.readObject(ctx));
        respond(ctx, useCases.replaceTask().replaceTask(request.toReplaceCommand(owner, id, expected(ctx))));
    }

    void delete(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        TaskId id = taskId(ctx);
        useCases.deleteTask().deleteTask(new DeleteTaskCommand(owner, id, expected(ctx)));
        NoContent.answer(ctx);
    }

    void complete(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        TaskId id = taskId(ctx);
        var request = CompleteRequest.parse(bodies.readOptionalObject(ctx));
        respond(ctx, useCases.completeTask().completeTask(request.toCommand(owner, id, expected(ctx))));
    }

    /** The application compares these with the task it reads for the change. */
    private static ExpectedVersions expected(Context ctx) {
        return EntityTags.expectedVersions(ctx.header("If-Match"));
    }

    private static void respond(Context ctx, Task task) {
        ctx.header("ETag", EntityTags.of(task));
        ctx.json(TaskResponse.from(task));
    }

    /** The trash, the most recently deleted first, paged like the task list. */
    void listTrash(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        var paging = new ListTasksRequest(QueryStrings.parse(ctx.queryString())).toTrashPaging(cursors);
        var page = useCases.trash().listTrash(owner, paging.limit(), paging.cursor());
        announceNext(ctx, page.next());
        ctx.json(page.tasks().stream().map(TrashedTaskResponse::from).toList());
    }

    void restore(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        respond(ctx, useCases.trash().restoreTask(owner, taskId(ctx)));
    }

    void purge(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        useCases.trash().purgeTask(owner, taskId(ctx));
        NoContent.answer(ctx);
    }

    /** The next page's address in a {@code Link} header, when there is a next page. */
    private void announceNext(Context ctx, Optional<PageCursor> next) {
        next.ifPresent(cursor -> ctx.header(
                "Link", NextPageLink.of(ctx.req().getRequestURI(), ctx.req().getQueryString(), cursors.seal(cursor))));
    }

    /** A malformed id in the path is a bad request (400), like a malformed query parameter. */
    private static TaskId taskId(Context ctx) {
        String raw = ctx.pathParam("id");
        if (!TASK_ID.matcher(raw).matches()) {
            throw new BadRequestException(
                    "the task id in the path is not valid",
                    List.of(new FieldViolation("id", "must be a positive integer")));
        }
        return TaskId.of(Long.parseLong(raw));
    }
}

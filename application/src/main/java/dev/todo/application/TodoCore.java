package dev.todo.application;

import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.port.in.ChangePage;
import dev.todo.application.port.in.CompleteTaskCommand;
import dev.todo.application.port.in.CompleteTaskUseCase;
import dev.todo.application.port.in.Completion;
import dev.todo.application.port.in.CreateTaskCommand;
import dev.todo.application.port.in.CreateTaskUseCase;
import dev.todo.application.port.in.CreatedTask;
import dev.todo.application.port.in.DeleteTaskCommand;
import dev.todo.application.port.in.DeleteTaskUseCase;
import dev.todo.application.port.in.GetTaskQuery;
import dev.todo.application.port.in.GetTaskUseCase;
import dev.todo.application.port.in.IdempotencyKey;
import dev.todo.application.port.in.ListChangesUseCase;
import dev.todo.application.port.in.ListTasksQuery;
import dev.todo.application.port.in.ListTasksUseCase;
import dev.todo.application.port.in.PageCursor;
import dev.todo.application.port.in.ReplaceTaskCommand;
import dev.todo.application.port.in.ReplaceTaskUseCase;
import dev.todo.application.port.in.TaskPage;
import dev.todo.application.port.in.TrashPage;
import dev.todo.application.port.in.TrashUseCase;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.service.CompleteTaskService;
import dev.todo.application.service.CreateTaskService;
import dev.todo.application.service.DeleteTaskService;
import dev.todo.application.service.GetTaskService;
import dev.todo.application.service.ListChangesService;
import dev.todo.application.service.ListTasksService;
import dev.todo.application.service.Occurrences;
import dev.todo.application.service.ReplaceTaskService;
import dev.todo.application.service.TrashService;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The entry point for embedding the core: every task use case over one {@link TaskRepository}. The host
 * application authenticates its users itself and passes the acting {@link dev.todo.domain.user.UserId}
 * in each command. Thread-safe as long as the repository is.
 *
 * <pre>{@code
 * TodoCore todo = TodoCore.inMemory();                 // tests, prototypes
 * TodoCore todo = TodoCore.over(myTaskRepository);     // your own adapter
 * TodoCore todo = PostgresTodo.over(dataSource, "todo"); // todo-adapter-postgres over the host's pool
 * }</pre>
 *
 * Each method documents what it throws: invalid input is a {@link dev.todo.domain.ValidationException},
 * an unreachable store a {@link dev.todo.application.port.out.StorageUnavailableException}.
 */
public final class TodoCore
        implements CreateTaskUseCase,
                ListTasksUseCase,
                GetTaskUseCase,
                ReplaceTaskUseCase,
                DeleteTaskUseCase,
                CompleteTaskUseCase,
                TrashUseCase,
                ListChangesUseCase {
    private final CreateTaskUseCase create;
    private final ListTasksUseCase list;
    private final GetTaskUseCase get;
    private final ReplaceTaskUseCase replace;
    private final DeleteTaskUseCase delete;
    private final CompleteTaskUseCase complete;
    private final TrashUseCase trash;
    private final Optional<ListChangesUseCase> changes;
    private final TaskRepository tasks;
    private final Optional<ChangeLog> changeLog;
    private final Clock clock;

    private TodoCore(TaskRepository tasks, Optional<ChangeLog> changeLog, Clock clock, RecurrenceExpander expander) {
        var occurrences = new Occurrences(expander);
        this.create = new CreateTaskService(tasks, occurrences, clock);
        this.list = new ListTasksService(tasks);
        this.get = new GetTaskService(tasks);
        this.replace = new ReplaceTaskService(tasks, occurrences, clock);
        this.delete = new DeleteTaskService(tasks, clock);
        this.complete = new CompleteTaskService(tasks, occurrences, clock);
        this.trash = new TrashService(tasks, clock);
        this.changes = changeLog.map(ListChangesService::new);
        this.tasks = tasks;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    private TodoCore(TaskRepository tasks, Optional<ChangeLog> changeLog, Clock clock) {
        this(tasks, changeLog, clock, RecurrenceExpander.NONE);
    }

    /**
     * The same core able to repeat tasks, their instances computed by {@code expander} (todo-adapter-postgres
     * has one: {@code LibRecurExpander}; {@code PostgresTodo.over} uses it). Without one, a recurrence is
     * refused as invalid input.
     */
    public TodoCore withRecurrence(RecurrenceExpander expander) {
        return new TodoCore(tasks, changeLog, clock, Objects.requireNonNull(expander, "expander"));
    }

    /** The core over a new, empty {@link InMemoryTaskRepository}; nothing is kept beyond the JVM. */
    public static TodoCore inMemory() {
        InMemoryTaskRepository tasks = new InMemoryTaskRepository();
        return over(tasks, tasks.changeLog(), Clock.systemUTC());
    }

    /** The core over any task repository, with the system's UTC clock. */
    public static TodoCore over(TaskRepository tasks) {
        return over(tasks, Clock.systemUTC());
    }

    /** The core over any task repository, with the clock that stamps creation, update and completion times. */
    public static TodoCore over(TaskRepository tasks, Clock clock) {
        return new TodoCore(
                Objects.requireNonNull(tasks, "tasks"), Optional.empty(), Objects.requireNonNull(clock, "clock"));
    }

    /** The core over a task repository and the change log it writes (delta sync through {@link #listChanges}). */
    public static TodoCore over(TaskRepository tasks, ChangeLog changes, Clock clock) {
        return new TodoCore(
                Objects.requireNonNull(tasks, "tasks"),
                Optional.of(Objects.requireNonNull(changes, "changes")),
                Objects.requireNonNull(clock, "clock"));
    }

    /** {@inheritDoc} */
    @Override
    public Task createTask(CreateTaskCommand command) {
        return create.createTask(command);
    }

    @Override
    public CreatedTask createTask(CreateTaskCommand command, IdempotencyKey key) {
        return create.createTask(command, key);
    }

    /** {@inheritDoc} */
    @Override
    public TaskPage listTasks(ListTasksQuery query) {
        return list.listTasks(query);
    }

    /** {@inheritDoc} */
    @Override
    public long countTasks(UserId actor, TaskFilter filter) {
        return list.countTasks(actor, filter);
    }

    /** {@inheritDoc} */
    @Override
    public Task getTask(GetTaskQuery query) {
        return get.getTask(query);
    }

    /** {@inheritDoc} */
    @Override
    public Task replaceTask(ReplaceTaskCommand command) {
        return replace.replaceTask(command);
    }

    /** {@inheritDoc} */
    @Override
    public void deleteTask(DeleteTaskCommand command) {
        delete.deleteTask(command);
    }

    /** {@inheritDoc} */
    @Override
    public Task completeTask(CompleteTaskCommand command) {
        return complete.completeTask(command);
    }

    /**
     * Completes (or toggles, or reopens) as {@link #completeTask} does, and answers the next occurrence the
     * completion of a repeating task created, as stored just after it (empty when none was created).
     */
    public Completion completeOccurrence(CompleteTaskCommand command) {
        Task before = get.getTask(new GetTaskQuery(command.actor(), command.taskId()));
        Task after = complete.completeTask(command);
        Optional<Task> next = after.place()
                .nextOccurrenceId()
                .filter(id ->
                        !after.place().nextOccurrenceId().equals(before.place().nextOccurrenceId()))
                .flatMap(id -> tasks.find(command.actor(), id));
        return new Completion(after, next);
    }

    /** {@inheritDoc} */
    @Override
    public TrashPage listTrash(UserId actor, int limit, Optional<PageCursor> cursor) {
        return trash.listTrash(actor, limit, cursor);
    }

    /** {@inheritDoc} */
    @Override
    public Task restoreTask(UserId actor, TaskId id) {
        return trash.restoreTask(actor, id);
    }

    /** {@inheritDoc} */
    @Override
    public void purgeTask(UserId actor, TaskId id) {
        trash.purgeTask(actor, id);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if this core was built without a change log ({@link #over(TaskRepository)})
     */
    @Override
    public ChangePage listChanges(UserId actor, OptionalLong since, int limit) {
        return changes.orElseThrow(() -> new IllegalStateException(
                        "this core has no change log: build it with TodoCore.over(tasks, changeLog, clock)"))
                .listChanges(actor, since, limit);
    }
}

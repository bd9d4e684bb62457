package dev.todo.adapter.http;

import dev.todo.application.port.out.KeyedAdd;
import dev.todo.application.port.out.StorageUnavailableException;
import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskSlice;
import dev.todo.application.port.out.TaskTransition;
import dev.todo.application.port.out.TrashSlice;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskFilter;
import dev.todo.domain.task.TaskId;
import dev.todo.domain.task.TrashedTask;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A task repository that can be switched to fail like a real store: unreachable or slow
 * (listings held until a gate opens).
 */
final class FaultyTaskRepository implements TaskRepository {
    enum Fault {
        NONE,
        UNAVAILABLE
    }

    private final TaskRepository delegate;
    private volatile Fault fault = Fault.NONE;
    private volatile CountDownLatch listingGate;
    private final Set<Thread> heldListings = ConcurrentHashMap.newKeySet();

    FaultyTaskRepository(TaskRepository delegate) {
        this.delegate = delegate;
    }

    void fail(Fault value) {
        this.fault = value;
    }

    @Override
    public Task add(NewTask task) {
        check();
        return delegate.add(task);
    }

    @Override
    public KeyedAdd addOnce(NewTask task, String key, byte[] fingerprint) {
        check();
        return delegate.addOnce(task, key, fingerprint);
    }

    @Override
    public Optional<Task> find(UserId owner, TaskId id) {
        check();
        return delegate.find(owner, id);
    }

    @Override
    public Optional<Task> change(UserId owner, TaskId id, UnaryOperator<Task> change) {
        check();
        return delegate.change(owner, id, change);
    }

    @Override
    public Optional<Task> transition(UserId owner, TaskId id, Function<Task, TaskTransition> step) {
        check();
        return delegate.transition(owner, id, step);
    }

    @Override
    public Optional<Task> complete(UserId owner, TaskId id, Optional<Boolean> completed, Instant now) {
        check();
        return delegate.complete(owner, id, completed, now);
    }

    @Override
    public Optional<TrashedTask> moveToTrash(UserId owner, TaskId id, Consumer<Task> check, Instant now) {
        check();
        return delegate.moveToTrash(owner, id, check, now);
    }

    @Override
    public Optional<Task> restore(UserId owner, TaskId id, Instant now) {
        check();
        return delegate.restore(owner, id, now);
    }

    @Override
    public boolean purge(UserId owner, TaskId id) {
        check();
        return delegate.purge(owner, id);
    }

    @Override
    public List<TrashedTask> listTrash(UserId owner, TrashSlice slice) {
        check();
        return delegate.listTrash(owner, slice);
    }

    /** Makes every listing wait until {@code gate} opens. */
    void holdListingsUntil(CountDownLatch gate) {
        this.listingGate = gate;
    }

    /** How many request threads are waiting in a held listing now. */
    int heldListings() {
        return heldListings.size();
    }

    @Override
    public List<Task> list(UserId owner, TaskSlice slice) {
        check();
        CountDownLatch gate = listingGate;
        if (gate != null) {
            heldListings.add(Thread.currentThread());
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                heldListings.remove(Thread.currentThread());
            }
        }
        return delegate.list(owner, slice);
    }

    private void check() {
        if (fault == Fault.UNAVAILABLE) {
            throw new StorageUnavailableException("test: store down", null);
        }
    }

    @Override
    public long count(UserId owner, TaskFilter filter) {
        check();
        return delegate.count(owner, filter);
    }
}

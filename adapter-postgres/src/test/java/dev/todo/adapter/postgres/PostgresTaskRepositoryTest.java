package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.out.TaskRepository;
import dev.todo.application.port.out.TaskRepositoryContract;
import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresTaskRepositoryTest extends TaskRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresTaskRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected TaskRepository newRepository() {
        return database.persistence().taskRepository();
    }

    @Test
    void a_change_reads_and_writes_in_one_transaction_that_holds_the_row_until_it_commits() throws Exception {
        Task stored = repository.add(new NewTask(owner, TaskDetails.titled("first"), T0));
        var firstInside = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var secondCalls = new AtomicInteger();

        var first = CompletableFuture.supplyAsync(() -> repository.change(owner, stored.id(), t -> {
            firstInside.countDown();
            await(releaseFirst);
            return t.replaceDetails(TaskDetails.titled("first changed"), T0.plusSeconds(1));
        }));
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> repository.change(owner, stored.id(), t -> {
            secondCalls.incrementAndGet();
            return t.replaceDetails(
                    t.details().withDescription("after " + t.title().value()), T0.plusSeconds(2));
        }));
        Thread.sleep(300);

        // the first change has read the row and not committed: others see the old row, the second change waits
        assertThat(secondCalls).hasValue(0);
        assertThat(repository.find(owner, stored.id())).contains(stored);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).orElseThrow().version()).isEqualTo(2);
        Task last = second.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(last.version()).isEqualTo(3);
        assertThat(last.description().orElseThrow().value()).isEqualTo("after first changed");
        assertThat(secondCalls).hasValue(1);
        assertThat(repository.find(owner, stored.id())).contains(last);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

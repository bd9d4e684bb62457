package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ExpiredTrash;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Purges expired trash of every user as the housekeeping role, which row-level security limits to expired rows. */
final class PostgresExpiredTrash implements ExpiredTrash {
    private static final String PURGE = """
            delete from trashed_tasks
             where (user_id, id) in (select user_id, id from trashed_tasks where deleted_at < :cutoff limit :max)
            returning user_id
            """;

    private final ScopedTransactions transactions;
    private final ChangeNotifier notifier;

    PostgresExpiredTrash(ScopedTransactions transactions, ChangeNotifier notifier) {
        this.transactions = transactions;
        this.notifier = notifier;
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff, int max) {
        List<String> owners = transactions.asHousekeeper(
                cutoff,
                handle -> handle.createQuery(PURGE)
                        .bind("cutoff", SqlTimes.utc(cutoff))
                        .bind("max", max)
                        .mapTo(String.class)
                        .list());
        owners.stream().distinct().map(UserId::of).forEach(notifier::changed);
        return owners.size();
    }
}

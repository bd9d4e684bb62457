package dev.todo.adapter.postgres;

import dev.todo.application.port.out.ExpiredTrash;
import java.time.Instant;

/** Purges expired trash of every user as the housekeeping role, which row-level security limits to expired rows. */
final class PostgresExpiredTrash implements ExpiredTrash {
    private static final String PURGE = """
            delete from trashed_tasks
             where (user_id, id) in (select user_id, id from trashed_tasks where deleted_at < :cutoff limit :max)
            """;

    private final ScopedTransactions transactions;

    PostgresExpiredTrash(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff, int max) {
        return transactions.asHousekeeper(
                cutoff,
                handle -> handle.createUpdate(PURGE)
                        .bind("cutoff", SqlTimes.utc(cutoff))
                        .bind("max", max)
                        .execute());
    }
}

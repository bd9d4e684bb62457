package dev.todo.adapter.postgres;

import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.StoredSigningKey;
import dev.todo.domain.task.TaskTimes;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The service's one signing key in {@code signing_keys}; the first key stored wins, even across instances. */
final class PostgresSigningKeyRepository implements SigningKeyRepository {
    private static final String INSERT_IF_ABSENT = """
            insert into signing_keys (key_id, algorithm, private_key, created_at)
            values (:keyId, :algorithm, :privateKey, :createdAt)
            on conflict (singleton) do nothing
            """;

    private final ScopedTransactions transactions;

    PostgresSigningKeyRepository(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<StoredSigningKey> find() {
        return transactions.asService(PostgresSigningKeyRepository::select);
    }

    @Override
    public StoredSigningKey saveIfAbsent(StoredSigningKey candidate) {
        return transactions.asService(handle -> {
            handle.createUpdate(INSERT_IF_ABSENT)
                    .bind("keyId", candidate.keyId())
                    .bind("algorithm", candidate.algorithm())
                    .bind("privateKey", candidate.privateKey())
                    .bind("createdAt", SqlTimes.utc(TaskTimes.precise(candidate.createdAt())))
                    .execute();
            // A concurrent winner has committed by the time the insert returns, so this statement sees it.
            return select(handle).orElseThrow();
        });
    }

    private static Optional<StoredSigningKey> select(Handle handle) {
        return handle.createQuery("select key_id, algorithm, private_key, created_at from signing_keys")
                .map((rs, ctx) -> new StoredSigningKey(
                        rs.getString("key_id"),
                        rs.getString("algorithm"),
                        rs.getString("private_key"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }
}

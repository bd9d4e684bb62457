package dev.todo.adapter.postgres;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Rate-limit token buckets kept in PostgreSQL (table {@code rate_limit_buckets}), so that every instance
 * of the service draws on the same budget: Bucket4j's select-for-update proxy over the service's pool.
 * A bucket's row may be removed once the bucket would be full again.
 */
public final class SharedRateLimitBuckets {
    /** Rows are kept this long past the moment their bucket is full again. */
    private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedRateLimitBuckets(DataSource dataSource, TodoSchema schema) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(schema.name() + ".rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .build();
    }

    /** The buckets, by key, for Bucket4j's remote bucket builder. */
    public ProxyManager<String> proxyManager() {
        return buckets;
    }

    /** Deletes up to {@code batch} rows whose buckets are full again; returns how many. */
    public int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }
}

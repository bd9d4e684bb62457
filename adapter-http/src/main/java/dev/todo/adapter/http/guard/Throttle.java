package dev.todo.adapter.http.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.todo.adapter.http.problem.RateLimitedException;
import dev.todo.application.port.out.StorageUnavailableException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One named rate-limit policy: a Bucket4j token bucket per key, held in a bounded cache (a bucket left
 * alone for a whole window is full again, so forgetting it changes nothing), or, when the policy must hold
 * across instances, in a shared store. Each check is reported in the IETF {@code RateLimit-Policy} and
 * {@code RateLimit} headers of the response.
 */
final class Throttle {
    private static final String CHECKS_ATTRIBUTE = "todo.rate-limit-checks";

    private final String name;
    private final RateLimit limit;
    private final Cache<String, Bucket> buckets;
    private final Optional<ProxyManager<String>> shared;

    /** A policy counted in this process. */
    Throttle(String name, RateLimit limit) {
        this(name, limit, Optional.empty());
    }

    /** A policy counted in {@code shared} when present (by every instance alike), else in this process. */
    Throttle(String name, RateLimit limit, Optional<ProxyManager<String>> shared) {
        this.name = name;
        this.limit = limit;
        this.shared = shared;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.maxKeys())
                .expireAfterAccess(limit.window())
                .build();
    }

    /** Counts one request against the key. @throws RateLimitedException if the key has none left */
    void take(Context ctx, String key) {
        ConsumptionProbe probe = bucketOf(key).tryConsumeAndReturnRemaining(1);
        report(ctx, new Check(this, probe));
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucketOf(String key) {
        if (shared.isEmpty()) {
            return buckets.get(
                    key, k -> Bucket.builder().addLimit(limit.bandwidth()).build());
        }
        try {
            return shared.get()
                    .builder()
                    .build(
                            name + " " + key,
                            () -> BucketConfiguration.builder()
                                    .addLimit(limit.bandwidth())
                                    .build());
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("the shared rate-limit store is unavailable", e);
        }
    }

    private record Check(Throttle policy, ConsumptionProbe probe) {
        String policyItem() {
            return "\"" + policy.name + "\";q=" + policy.limit.quota() + ";w="
                    + policy.limit.window().toSeconds();
        }

        String limitItem() {
            long reset = Duration.ofNanos(probe.getNanosToWaitForReset()).toSeconds();
            return "\"" + policy.name + "\";r=" + probe.getRemainingTokens() + ";t=" + reset;
        }
    }

    /** Every policy checked so far on this request goes into the headers, as lists of items. */
    private static void report(Context ctx, Check check) {
        List<Check> checks = ctx.attribute(CHECKS_ATTRIBUTE);
        if (checks == null) {
            checks = new ArrayList<>();
            ctx.attribute(CHECKS_ATTRIBUTE, checks);
        }
        checks.add(check);
        ctx.header("RateLimit-Policy", checks.stream().map(Check::policyItem).collect(Collectors.joining(", ")));
        ctx.header("RateLimit", checks.stream().map(Check::limitItem).collect(Collectors.joining(", ")));
    }
}

package dev.todo.adapter.http;

import dev.todo.adapter.http.events.EventStreamLimits;
import dev.todo.adapter.http.guard.RateLimits;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Settings of the public HTTP server: bind address (all interfaces when absent), port (0 picks a free
 * one), CORS allow-list of exact origins, peers whose {@code X-Forwarded-For} is believed, the largest
 * accepted request body, the rate limits, the most request threads, the most requests in flight per client
 * address, the key that seals page cursors (every instance behind one load balancer needs the same one),
 * where the sign-in and sign-up budgets are kept when every instance must share them (in this
 * process when absent), and how long a browser keeps the refresh-token cookie (the session lifetime).
 */
public record HttpConfig(
        Optional<String> host,
        int port,
        List<String> corsAllowedOrigins,
        Set<String> trustedProxies,
        int maxBodyBytes,
        RateLimits rateLimits,
        int maxThreads,
        int maxRequestsPerAddress,
        byte[] pageCursorKey,
        Optional<ProxyManager<String>> sharedSignInBuckets,
        Duration sessionCookieMaxAge,
        EventStreamLimits eventStreams) {

    /** 64 KiB: far above any valid task or sign-up body, far below what could hurt the server. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /**
     * Requests are short and most wait for one of the database pool's few connections: more threads than
     * a few per connection only add stacks and queue less fairly than the server's own queue.
     */
    public static final int DEFAULT_MAX_THREADS = 48;

    /** Below the default thread count, so that no one address can take every request thread. */
    public static final int DEFAULT_MAX_REQUESTS_PER_ADDRESS = 32;

    /** The default session lifetime (AUTH_SESSION_TTL). */
    public static final Duration DEFAULT_SESSION_COOKIE_MAX_AGE = Duration.ofDays(30);

    static final int MIN_CURSOR_KEY_BYTES = 32;

    /** Jetty's acceptor and selectors take threads from the same pool. */
    static final int MIN_THREADS = 8;

    public HttpConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
        if (corsAllowedOrigins.contains("*")) {
            throw new IllegalArgumentException("CORS origins are an allow-list; '*' is not accepted");
        }
        trustedProxies = Set.copyOf(trustedProxies);
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
        }
        Objects.requireNonNull(rateLimits, "rateLimits");
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MIN_THREADS + ", was " + maxThreads);
        }
        if (maxRequestsPerAddress < 1) {
            throw new IllegalArgumentException("maxRequestsPerAddress must be positive, was " + maxRequestsPerAddress);
        }
        if (pageCursorKey.length < MIN_CURSOR_KEY_BYTES) {
            throw new IllegalArgumentException("pageCursorKey must have at least " + MIN_CURSOR_KEY_BYTES + " bytes");
        }
        pageCursorKey = pageCursorKey.clone();
        Objects.requireNonNull(sharedSignInBuckets, "sharedSignInBuckets");
        if (sessionCookieMaxAge.isNegative() || sessionCookieMaxAge.isZero()) {
            throw new IllegalArgumentException("sessionCookieMaxAge must be positive, was " + sessionCookieMaxAge);
        }
        Objects.requireNonNull(eventStreams, "eventStreams");
    }

    /**
     * Every interface, no CORS, no trusted proxy, a 64 KiB body limit, the default rate limits, 48 threads,
     * 32 requests per address and a random cursor key (good for one instance only; see {@link #withPageCursorKey}).
     */
    public static HttpConfig defaults(int port) {
        return new HttpConfig(
                Optional.empty(),
                port,
                List.of(),
                Set.of(),
                DEFAULT_MAX_BODY_BYTES,
                RateLimits.DEFAULTS,
                DEFAULT_MAX_THREADS,
                DEFAULT_MAX_REQUESTS_PER_ADDRESS,
                randomKey(),
                Optional.empty(),
                DEFAULT_SESSION_COOKIE_MAX_AGE,
                EventStreamLimits.DEFAULTS);
    }

    /** Binds the public port to this address only. */
    public HttpConfig withHost(String address) {
        return with(copy -> copy.host = Optional.of(address));
    }

    public HttpConfig withCorsAllowedOrigins(List<String> origins) {
        return with(copy -> copy.corsAllowedOrigins = origins);
    }

    public HttpConfig withTrustedProxies(Set<String> proxies) {
        return with(copy -> copy.trustedProxies = proxies);
    }

    public HttpConfig withRateLimits(RateLimits limits) {
        return with(copy -> copy.rateLimits = limits);
    }

    public HttpConfig withMaxThreads(int threads) {
        return with(copy -> copy.maxThreads = threads);
    }

    public HttpConfig withMaxRequestsPerAddress(int requests) {
        return with(copy -> copy.maxRequestsPerAddress = requests);
    }

    /** The key page cursors are sealed with; every instance serving the same clients needs the same key. */
    public HttpConfig withPageCursorKey(byte[] key) {
        return with(copy -> copy.pageCursorKey = key);
    }

    /** Sign-in and sign-up budgets kept where every instance draws on them (Bucket4j buckets by key). */
    public HttpConfig withSharedSignInBuckets(ProxyManager<String> buckets) {
        return with(copy -> copy.sharedSignInBuckets = Optional.of(buckets));
    }

    /** The bounds of live event streams on this instance. */
    public HttpConfig withEventStreams(EventStreamLimits limits) {
        return with(copy -> copy.eventStreams = limits);
    }

    /** The refresh-token cookie's lifetime: the session's (it is renewed with each refresh). */
    public HttpConfig withSessionCookieMaxAge(Duration maxAge) {
        return with(copy -> copy.sessionCookieMaxAge = maxAge);
    }

    /** This configuration with one change, checked again by the canonical constructor. */
    private HttpConfig with(Consumer<Copy> change) {
        var copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a configuration, open to change while a new one is made. */
    private static final class Copy {
        private Optional<String> host;
        private final int port;
        private List<String> corsAllowedOrigins;
        private Set<String> trustedProxies;
        private final int maxBodyBytes;
        private RateLimits rateLimits;
        private int maxThreads;
        private int maxRequestsPerAddress;
        private byte[] pageCursorKey;
        private Optional<ProxyManager<String>> sharedSignInBuckets;
        private Duration sessionCookieMaxAge;
        private EventStreamLimits eventStreams;

        private Copy(HttpConfig config) {
            host = config.host;
            port = config.port;
            corsAllowedOrigins = config.corsAllowedOrigins;
            trustedProxies = config.trustedProxies;
            maxBodyBytes = config.maxBodyBytes;
            rateLimits = config.rateLimits;
            maxThreads = config.maxThreads;
            maxRequestsPerAddress = config.maxRequestsPerAddress;
            pageCursorKey = config.pageCursorKey;
            sharedSignInBuckets = config.sharedSignInBuckets;
            sessionCookieMaxAge = config.sessionCookieMaxAge;
            eventStreams = config.eventStreams;
        }

        private HttpConfig build() {
            return new HttpConfig(
                    host,
                    port,
                    corsAllowedOrigins,
                    trustedProxies,
                    maxBodyBytes,
                    rateLimits,
                    maxThreads,
                    maxRequestsPerAddress,
                    pageCursorKey,
                    sharedSignInBuckets,
                    sessionCookieMaxAge,
                    eventStreams);
        }
    }

    @Override
    public byte[] pageCursorKey() {
        return pageCursorKey.clone();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[MIN_CURSOR_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}

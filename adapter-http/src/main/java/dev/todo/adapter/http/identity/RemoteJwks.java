package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An external issuer's JWKS, fetched on first use and cached. It is fetched again when a token names an
 * unknown {@code kid} or the copy is older than {@code maxAge}, but never more than once per
 * {@code minRefreshInterval}, so a flood of made-up kids cannot hammer the issuer. Each fetch is bounded
 * by {@code timeout} in total, and a caller waits at most that long for another caller's fetch. While
 * the last fetch failed, a key not in the cached copy is reported as unavailable rather than unknown.
 */
final class RemoteJwks {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteJwks.class);
    private static final long MAX_DOCUMENT_BYTES = 256 * 1024;

    private record Snapshot(Map<String, Algorithm> keys, Instant fetchedAt) {}

    private final URI url;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration minRefreshInterval;
    private final Duration maxAge;
    private final Clock clock;
    private final JwkSetParser parser = new JwkSetParser();
    private final ReentrantLock fetching = new ReentrantLock();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);
    private Instant lastAttempt = Instant.MIN; // guarded by fetching
    private volatile boolean lastFetchFailed;

    RemoteJwks(URI url, Duration timeout, Duration minRefreshInterval, Duration maxAge, Clock clock) {
        this.url = url;
        this.timeout = timeout;
        this.minRefreshInterval = minRefreshInterval;
        this.maxAge = maxAge;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                // HTTP/2 would offer an h2c upgrade on http:// URLs, and some issuers (the Next.js
                // server Better Auth runs in) close such a connection without answering
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The verification algorithm of key {@code kid}.
     *
     * @throws InvalidTokenException if the issuer's current JWKS has no such key
     * @throws IssuerUnavailableException if the key is not cached and the JWKS could not be fetched
     */
    Algorithm find(String kid) {
        Snapshot current = snapshot;
        Algorithm algorithm = current.keys().get(kid);
        if (algorithm == null || current.fetchedAt().plus(maxAge).isBefore(clock.instant())) {
            refresh();
            algorithm = snapshot.keys().get(kid);
        }
        if (algorithm == null && lastFetchFailed) {
            // The kid is the token's own text: it stays out of the message, which may be logged.
            throw new IssuerUnavailableException(
                    "the token's key is not cached and the JWKS at " + url + " cannot be fetched", minRefreshInterval);
        }
        if (algorithm == null) {
            throw new InvalidTokenException("no key " + kid + " in the JWKS at " + url);
        }
        return algorithm;
    }

    /** How many fetches were attempted; lets tests see the rate limit. */
    int fetches() {
        return fetches.get();
    }

    private void refresh() {
        try {
            if (!fetching.tryLock(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)) {
                lastFetchFailed = true; // another caller's fetch outlasted its own bound
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            Instant now = clock.instant();
            if (lastAttempt.isAfter(now.minus(minRefreshInterval))) {
                return;
            }
            lastAttempt = now;
            fetches.incrementAndGet();
            snapshot = new Snapshot(parser.parse(download()), now);
            lastFetchFailed = false;
        } catch (IOException e) {
            lastFetchFailed = true;
            // Keep the previous keys: an issuer briefly down must not log everybody out.
            LOG.warn("cannot refresh the JWKS at {}: {}", url, e.getMessage());
        } finally {
            fetching.unlock();
        }
    }

    private byte[] download() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        var response = http.sendAsync(
                request,
                info -> info.statusCode() == 200
                                && info.headers()
                                                .firstValueAsLong("content-length")
                                                .orElse(0)
                                        <= MAX_DOCUMENT_BYTES
                        ? BodySubscribers.ofByteArray()
                        : BodySubscribers.replacing(new byte[0]));
        try {
            // The request timeout covers only the headers; this bounds the body as well.
            HttpResponse<byte[]> received = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (received.statusCode() != 200 || received.body().length == 0) {
                throw new IOException("HTTP " + received.statusCode());
            }
            if (received.body().length > MAX_DOCUMENT_BYTES) {
                throw new IOException("JWKS larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
            return received.body();
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new IOException("timed out after " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new IOException(String.valueOf(e.getCause()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

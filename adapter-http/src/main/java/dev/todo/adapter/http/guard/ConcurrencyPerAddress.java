package dev.todo.adapter.http.guard;

import dev.todo.adapter.http.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Caps the requests in flight per client address, counted from the moment the headers are parsed (while
 * the body is still arriving) until the response completes, so that one address cannot hold every
 * connection or thread. A request over the cap is answered 429 at once, without being read.
 */
final class ConcurrencyPerAddress extends Handler.Wrapper {
    private static final byte[] TOO_MANY = """
            {"type":"urn:problem-type:todo:too-many-requests","title":"Too many requests","status":429,\
            "detail":"Too many requests in flight from this address; retry when one has finished."}""".getBytes(StandardCharsets.UTF_8);

    private final int maxPerAddress;
    private final ClientAddresses addresses;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    ConcurrencyPerAddress(int maxPerAddress, ClientAddresses addresses) {
        this.maxPerAddress = maxPerAddress;
        this.addresses = addresses;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isEventStream(request)) {
            return super.handle(request, response, callback); // long-lived, bounded per user and instance instead
        }
        String address = addresses.of(
                Request.getRemoteAddr(request), request.getHeaders().getValuesList("X-Forwarded-For"));
        AtomicInteger count = inFlight.compute(address, (a, c) -> c == null ? new AtomicInteger(1) : increment(c));
        if (count.get() > maxPerAddress) {
            release(address);
            refuse(response, callback);
            return true;
        }
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, () -> release(address)));
            return handled;
        } finally {
            if (!handled) {
                release(address);
            }
        }
    }

    private static boolean isEventStream(Request request) {
        String path = request.getHttpURI().getPath();
        return path != null && path.startsWith("/api/") && path.endsWith("/events");
    }

    private static AtomicInteger increment(AtomicInteger count) {
        count.incrementAndGet();
        return count;
    }

    /** Decrements inside compute, so an entry that reaches zero is removed without racing a new request. */
    private void release(String address) {
        inFlight.computeIfPresent(address, (a, c) -> c.decrementAndGet() == 0 ? null : c);
    }

    private static void refuse(Response response, Callback callback) {
        response.setStatus(429);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, java.nio.ByteBuffer.wrap(TOO_MANY), callback);
    }
}

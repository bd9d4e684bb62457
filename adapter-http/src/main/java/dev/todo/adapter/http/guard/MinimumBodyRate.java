package dev.todo.adapter.http.guard;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Fails the reading of a request body that arrives, on average since its first byte was awaited, slower
 * than a minimum rate, with a {@link TimeoutException} (which the API answers 408). Jetty's own
 * MinimumDataRateHandler compares against the bytes read by all requests together, so under a crowd of
 * tricklers it never cuts one off; this counts each request's own bytes.
 */
final class MinimumBodyRate extends Handler.Wrapper {
    private final long bytesPerSecond;

    MinimumBodyRate(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(new RateCheckedRequest(request), response, callback);
    }

    /** Read and demanded by one thread at a time, as Jetty's content contract guarantees. */
    private final class RateCheckedRequest extends Request.Wrapper {
        private long firstDemandNanos;
        private long bytesRead;
        private Content.Chunk failure;

        RateCheckedRequest(Request request) {
            super(request);
        }

        @Override
        public void demand(Runnable demandCallback) {
            long now = System.nanoTime();
            if (firstDemandNanos == 0) {
                firstDemandNanos = now;
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(now - firstDemandNanos);
            if (bytesRead > 0 && elapsedMillis > 1000 && bytesRead * 1000 / elapsedMillis < bytesPerSecond) {
                failure =
                        Content.Chunk.from(new TimeoutException("request body slower than " + bytesPerSecond + " B/s"));
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytesRead += chunk.remaining();
            }
            return chunk;
        }
    }
}

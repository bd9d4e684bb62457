package dev.todo.adapter.http.guard;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;

/**
 * Jetty's defences against slow and greedy clients, put in front of Javalin: a cap on the requests in
 * flight per client address; a minimum rate at which a request body must arrive; and the whole body
 * read without a thread (asynchronously) before a request thread is taken, so that clients trickling
 * bodies hold connections, not threads.
 */
public final class SlowClients {
    /** Bytes per second; far below any real network, far above a trickle of a byte now and then. */
    static final long MIN_REQUEST_DATA_RATE = 128;

    /** Per chunk of body, as Jetty estimates the framing it retains along with the content. */
    private static final int CHUNK_OVERHEAD = 8;

    private SlowClients() {}

    /** Inserts the defences between the server and the handler Javalin attaches later. */
    public static void guard(Server server, int maxBodyBytes, int maxRequestsPerAddress, ClientAddresses addresses) {
        // inserted innermost first: each insertHandler goes in front of those already there
        var eager = new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(
                // a body growing past the limit is dispatched, for JsonBodyReader to answer 413
                maxBodyBytes + 1, CHUNK_OVERHEAD, false));
        // and one announced over the limit at once, without waiting for it
        eager.exclude(request -> request.getLength() > maxBodyBytes);
        server.insertHandler(eager);
        server.insertHandler(new MinimumBodyRate(MIN_REQUEST_DATA_RATE));
        server.insertHandler(new ConcurrencyPerAddress(maxRequestsPerAddress, addresses));
    }
}

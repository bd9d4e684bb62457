package dev.todo.adapter.http;

import dev.todo.adapter.http.rest.BearerAuthentication;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Optional;

/** Reports each finished request to the {@link RequestObserver} with its route template, never its raw path. */
public final class RequestObservation {
    static final String UNMATCHED = "unmatched";

    private final RequestObserver observer;

    RequestObservation(RequestObserver observer) {
        this.observer = observer;
    }

    void completed(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? UNMATCHED : endpoint.path;
        Duration duration = Duration.ofNanos((long) (millis * 1_000_000));
        Optional<String> user = Optional.ofNullable(ctx.attribute(BearerAuthentication.USER_ATTRIBUTE));
        observer.requestCompleted(ctx.method().name(), route, ctx.statusCode(), duration, user);
    }
}

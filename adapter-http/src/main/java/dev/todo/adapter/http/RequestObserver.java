package dev.todo.adapter.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Told about every finished request, for access logs and metrics. {@code route} is the matched path
 * template (for example {@code /api/{user_id}/tasks}), never the raw path, so it is safe as a metric
 * label; {@code userId} is the authenticated subject, if any. Never sees tokens or bodies.
 */
@FunctionalInterface
public interface RequestObserver {
    RequestObserver NONE = (method, route, status, duration, userId) -> {};

    void requestCompleted(String method, String route, int status, Duration duration, Optional<String> userId);
}

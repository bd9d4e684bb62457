package dev.todo.adapter.http.problem;

/** The readiness check failed (for example the database is unreachable). Answered 503 with Retry-After. */
public final class NotReadyException extends RuntimeException {
    public NotReadyException() {
        super("the service is not ready to serve requests");
    }
}

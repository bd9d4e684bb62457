package dev.todo.adapter.http;

/** The readiness check failed (for example the database is unreachable). Answered 503 with Retry-After. */
final class NotReadyException extends RuntimeException {
    NotReadyException() {
        super("the service is not ready to serve requests");
    }
}

package dev.todo.adapter.http;

/** A protected endpoint called without a bearer token. Answered 401 without an error code. */
final class MissingTokenException extends RuntimeException {
    MissingTokenException() {
        super("a bearer token is required");
    }
}

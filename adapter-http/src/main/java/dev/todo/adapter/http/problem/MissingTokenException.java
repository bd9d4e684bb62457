package dev.todo.adapter.http.problem;

/** A protected endpoint called without a bearer token. Answered 401 without an error code. */
public final class MissingTokenException extends RuntimeException {
    public MissingTokenException() {
        super("a bearer token is required");
    }
}

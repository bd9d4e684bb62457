package dev.todo.adapter.http.problem;

/** A CORS preflight from an origin outside the allow-list. Answered 403. */
public final class OriginNotAllowedException extends RuntimeException {
    public OriginNotAllowedException(String origin) {
        super("origin " + origin + " is not allowed");
    }
}

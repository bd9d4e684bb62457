package dev.todo.adapter.http;

/** A CORS preflight from an origin outside the allow-list. Answered 403. */
final class OriginNotAllowedException extends RuntimeException {
    OriginNotAllowedException(String origin) {
        super("origin " + origin + " is not allowed");
    }
}

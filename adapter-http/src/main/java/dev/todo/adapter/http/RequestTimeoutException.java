package dev.todo.adapter.http;

/** The request body arrived too slowly (under the minimum data rate) or stopped arriving. Answered 408. */
final class RequestTimeoutException extends RuntimeException {
    RequestTimeoutException() {
        super("the request body arrived too slowly");
    }
}

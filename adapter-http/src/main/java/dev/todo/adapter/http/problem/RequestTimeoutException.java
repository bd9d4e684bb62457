package dev.todo.adapter.http.problem;

/** The request body arrived too slowly (under the minimum data rate) or stopped arriving. Answered 408. */
public final class RequestTimeoutException extends RuntimeException {
    public RequestTimeoutException() {
        super("the request body arrived too slowly");
    }
}

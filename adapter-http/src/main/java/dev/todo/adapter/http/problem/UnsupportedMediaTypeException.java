package dev.todo.adapter.http.problem;

/** A request body that is not declared as JSON. Answered 415. */
public final class UnsupportedMediaTypeException extends RuntimeException {
    public UnsupportedMediaTypeException(String contentType) {
        super("the request body must be application/json, not " + (contentType == null ? "undeclared" : contentType));
    }
}

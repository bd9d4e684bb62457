package dev.todo.adapter.http;

/** A request body that is not declared as JSON. Answered 415. */
final class UnsupportedMediaTypeException extends RuntimeException {
    UnsupportedMediaTypeException(String contentType) {
        super("the request body must be application/json, not " + (contentType == null ? "undeclared" : contentType));
    }
}

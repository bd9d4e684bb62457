package dev.todo.adapter.http.identity;

/** A bearer token that is not accepted. The message is for logs only; clients get a generic 401. */
public final class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

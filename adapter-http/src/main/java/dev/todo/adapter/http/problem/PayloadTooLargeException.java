package dev.todo.adapter.http.problem;

/** A request body over the configured limit, announced or counted while reading. Answered 413. */
public final class PayloadTooLargeException extends RuntimeException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}

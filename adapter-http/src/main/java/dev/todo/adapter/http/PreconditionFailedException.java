package dev.todo.adapter.http;

/** An {@code If-Match} header that cannot match any version of the task. Answered 412. */
final class PreconditionFailedException extends RuntimeException {
    PreconditionFailedException(String header) {
        super("If-Match " + header + " does not match the task's current entity tag");
    }
}

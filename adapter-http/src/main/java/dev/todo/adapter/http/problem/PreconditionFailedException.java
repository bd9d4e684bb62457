package dev.todo.adapter.http.problem;

/** An {@code If-Match} header that cannot match any version of the task. Answered 412. */
public final class PreconditionFailedException extends RuntimeException {
    public PreconditionFailedException(String header) {
        super("If-Match " + header + " does not match the task's current entity tag");
    }
}

package dev.todo.adapter.http.problem;

/** The path names another user than the token's subject. Answered 403. */
public final class ForeignUserException extends RuntimeException {
    public ForeignUserException() {
        super("the path names another user than the token's subject");
    }
}

package dev.todo.adapter.http;

/** The path names another user than the token's subject. Answered 403. */
final class ForeignUserException extends RuntimeException {
    ForeignUserException() {
        super("the path names another user than the token's subject");
    }
}

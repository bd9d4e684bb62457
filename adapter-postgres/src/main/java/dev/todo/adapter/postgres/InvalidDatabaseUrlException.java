package dev.todo.adapter.postgres;

/** A database URL that cannot be used; the message says what is wrong and never repeats the URL or its password. */
public final class InvalidDatabaseUrlException extends IllegalArgumentException {
    private final String problem;

    public InvalidDatabaseUrlException(String problem) {
        super("invalid database URL: " + problem);
        this.problem = problem;
    }

    /** What is wrong with the URL, without any part of it that could be secret. */
    public String problem() {
        return problem;
    }
}

package dev.todo.bootstrap;

/**
 * The service cannot start. The message is one line naming the setting, the problem and an example, as
 * {@code Main} prints it before it exits with status 2.
 */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.todo.adapter.http.events;

/** The user already holds as many event streams on this instance as allowed (429), or the instance does (503). */
public final class TooManyStreamsException extends RuntimeException {
    private final boolean instanceFull;

    TooManyStreamsException(boolean instanceFull) {
        super(
                instanceFull
                        ? "this instance holds as many event streams as it may"
                        : "too many event streams for this user");
        this.instanceFull = instanceFull;
    }

    /** True if the instance's bound was reached, false if the user's was. */
    public boolean instanceFull() {
        return instanceFull;
    }
}

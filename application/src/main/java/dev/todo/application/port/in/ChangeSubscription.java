package dev.todo.application.port.in;

/** An open watch; closing it stops deliveries. */
public interface ChangeSubscription extends AutoCloseable {
    /** The id of the last entry delivered (or the starting position). */
    long position();

    @Override
    void close();
}

package dev.todo.application.port.in;

/** The periodic clean-up the service runs once per period across all its instances. */
public interface HousekeepingUseCase {
    /** Purges the trashed tasks and deletes the change-log entries that have outlived their retention. */
    Report runOnce();

    /** What one run removed: trashed tasks purged, log entries deleted. */
    record Report(int purgedTasks, int trimmedEntries) {}
}

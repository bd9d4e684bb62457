package dev.todo.application.port.in;

/** The periodic clean-up the service runs once per period across all its instances. */
public interface HousekeepingUseCase {
    /** Purges what has outlived its retention; how many trashed tasks were purged. */
    int runOnce();
}

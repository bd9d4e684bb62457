package dev.todo.application.service.archfixture;

import dev.todo.application.memory.InMemoryTaskRepository;

/** Deliberate violation: a service that builds its own in-memory repository instead of taking the port. */
public final class ServiceUsingInMemoryRepository {
    public int count() {
        return new InMemoryTaskRepository().hashCode();
    }
}

package dev.todo.application.memory;

import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.SessionRepositoryContract;
import java.time.Clock;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected SessionRepository newRepository() {
        return new InMemorySessionRepository(Clock.systemUTC());
    }
}

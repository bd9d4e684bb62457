package dev.todo.application.port.archfixture;

/** Deliberate violation: a port that depends on a service. */
public interface PortUsingService {
    dev.todo.application.service.CreateTaskService service();
}

package dev.todo.adapter.postgres.archfixture;

/** Deliberate violation: an adapter that reaches past the ports into a service. */
public final class AdapterUsingService {
    public Class<?> service() {
        return dev.todo.application.service.CreateTaskService.class;
    }
}

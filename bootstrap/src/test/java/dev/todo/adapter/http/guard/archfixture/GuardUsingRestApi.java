package dev.todo.adapter.http.guard.archfixture;

/** Deliberate violation: a guard that depends upward, on a handler of the REST API. */
public final class GuardUsingRestApi {
    public Class<?> handlers() {
        return dev.todo.adapter.http.rest.TaskHandlers.class;
    }
}

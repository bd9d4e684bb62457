package dev.todo.application.archfixture;

/** Deliberate violation: an application class that depends on an adapter. */
public final class ApplicationUsingAdapter {
    public Class<?> adapter() {
        return dev.todo.adapter.http.identity.TokenVerifier.class;
    }
}

package dev.todo.adapter.http.archfixture;

/** Deliberate violation: an adapter that depends on the composition root. */
public final class HttpAdapterUsingBootstrap {
    public Class<?> root() {
        return dev.todo.bootstrap.archfixture.CompositionRoot.class;
    }
}

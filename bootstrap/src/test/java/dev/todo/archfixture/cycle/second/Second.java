package dev.todo.archfixture.cycle.second;

/** Deliberate violation: the other half of a cycle between two packages. */
public final class Second {
    public Class<?> other() {
        return dev.todo.archfixture.cycle.First.class;
    }
}

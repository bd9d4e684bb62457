package dev.todo.archfixture.cycle;

/** Deliberate violation: half of a cycle between two packages (this one and its subpackage). */
public final class First {
    public Class<?> other() {
        return dev.todo.archfixture.cycle.second.Second.class;
    }
}

package dev.todo.bootstrap.archfixture;

/** A stand-in for a bootstrap class, for the fixture that must not depend on it. */
public final class CompositionRoot {}

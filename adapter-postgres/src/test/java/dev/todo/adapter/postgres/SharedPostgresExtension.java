package dev.todo.adapter.postgres;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test constructors and methods a {@link PostgresTestDatabase} started once for the whole test
 * run and stopped when it ends. Use it with {@code @ExtendWith(SharedPostgresExtension.class)}.
 */
public final class SharedPostgresExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresTestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(SharedPostgresExtension.class))
                .getOrComputeIfAbsent(
                        PostgresTestDatabase.class, key -> PostgresTestDatabase.start(), PostgresTestDatabase.class);
    }
}

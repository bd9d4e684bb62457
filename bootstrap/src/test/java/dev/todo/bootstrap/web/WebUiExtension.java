package dev.todo.bootstrap.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives web UI tests one running application and one browser, started once per test run and closed at its end;
 * a failing test leaves a screenshot of the page as it was.
 */
final class WebUiExtension implements ParameterResolver, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebUiExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebUi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return webUi(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        webUi(context)
                .browser()
                .screenshot("failed-" + context.getRequiredTestMethod().getName());
    }

    private static WebUi webUi(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(WebUi.class, key -> WebUi.start(), WebUi.class);
    }
}

package dev.todo.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives web UI tests one running application and one browser, started once per test run and closed at its end;
 * skips them, saying why, where Debian's Chromium is not installed; after each test the page must have broken
 * none of its own rules (no CSP violation, no uncaught error); a failing test leaves a screenshot.
 */
final class WebUiExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebUiExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = Browser.missingPrograms();
        return missing.isEmpty()
                ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
                : ConditionEvaluationResult.disabled(
                        "missing " + missing + ": install them with `apt-get install chromium chromium-driver`");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebUi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(WebUi.class, key -> WebUi.start(), WebUi.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebUi started = store(context).get(WebUi.class, WebUi.class);
        if (started != null) {
            assertThat(started.browser().consoleProblems(provoked(context)))
                    .as("console errors (uncaught, CSP, or requests failing other than as the test provoked)")
                    .isEmpty();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebUi started = store(context).get(WebUi.class, WebUi.class);
        if (started != null) {
            started.browser()
                    .screenshot("failed-" + context.getRequiredTestMethod().getName());
        }
    }

    private static Set<Integer> provoked(ExtensionContext context) {
        ExpectsFailedRequests onMethod = context.getRequiredTestMethod().getAnnotation(ExpectsFailedRequests.class);
        ExpectsFailedRequests onClass = context.getRequiredTestClass().getAnnotation(ExpectsFailedRequests.class);
        Set<Integer> statuses = new HashSet<>();
        for (ExpectsFailedRequests declared : new ExpectsFailedRequests[] {onMethod, onClass}) {
            if (declared != null) {
                Arrays.stream(declared.value()).forEach(statuses::add);
            }
        }
        return statuses;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }
}

package dev.todo.bootstrap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core accessibility scan (vendored 4.14.1, MPL-2.0, in src/test/resources/axe; never served),
 * injected into the page under test and run on the whole document.
 */
final class Accessibility {
    private static final String AXE = read("/axe/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then((result) => done(result.violations
                .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
                .map((violation) => violation.impact + ' ' + violation.id + ': ' + violation.help + ' at '
                    + violation.nodes.map((node) => node.target.join(' ')).join(', '))));
            """;

    private Accessibility() {}

    /** The serious and critical violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        var driver = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
            driver.executeScript(AXE);
        }
        return (List<String>) driver.executeAsyncScript(RUN);
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> sizes() {
        return Map.of("desktop", "1280x900", "phone", "390x844");
    }
}

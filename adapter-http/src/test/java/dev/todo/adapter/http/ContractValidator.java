package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Checks real responses against the packaged OpenAPI contract; any mismatch fails the test. Shared with
 * bootstrap's end-to-end tests through this module's test-jar.
 */
public final class ContractValidator {
    private static final String SPEC = load();

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build();

    /** @param path the request path without its query string */
    public void validate(String method, String path, HttpResponse<String> response) {
        var builder = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        response.headers().firstValue("Content-Type").ifPresent(builder::withContentType);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), builder.build());
        assertThat(report.getMessages())
                .as("%s %s -> %s %s", method, path, response.statusCode(), response.body())
                .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }

    static String spec() {
        return SPEC;
    }

    private static String load() {
        try (InputStream in = ContractValidator.class.getResourceAsStream("/openapi.yaml")) {
            assertThat(in).as("openapi.yaml on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

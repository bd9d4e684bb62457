package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.problem.NotReadyException;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness, readiness and the OpenAPI document. */
public final class SystemHandlers {
    static final String OPENAPI_RESOURCE = "/openapi.yaml";

    private final BooleanSupplier readiness;
    private final byte[] openApi;

    public SystemHandlers(BooleanSupplier readiness) {
        this.readiness = readiness;
        this.openApi = load(OPENAPI_RESOURCE);
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void ready(Context ctx) {
        if (!readiness.getAsBoolean()) {
            throw new NotReadyException();
        }
        ctx.json(Map.of("status", "ok"));
    }

    void openApi(Context ctx) {
        if (openApi == null) {
            throw new NotFoundResponse("the OpenAPI document is not packaged");
        }
        ctx.contentType("application/yaml").result(openApi);
    }

    private static byte[] load(String resource) {
        try (InputStream in = SystemHandlers.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

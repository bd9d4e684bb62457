package dev.todo.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.todo.adapter.http.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A small client of the public REST API for end-to-end tests: real HTTP, JSON in and out; every answer to
 * an API route or probe is checked against the OpenAPI contract (SC-002).
 */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ContractValidator contract = new ContractValidator();
    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    record Account(String userId, String token) {}

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Account signUp() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        Reply reply = send(
                "POST",
                "/api/auth/sign-up/email",
                null,
                "{\"name\":\"Test User\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException(
                    "sign-up failed: " + reply.status() + " " + reply.raw().body());
        }
        return new Account(
                reply.body().at("/user/id").asText(), reply.body().get("token").asText());
    }

    Reply createTask(Account account, String title) {
        return send("POST", "/api/" + account.userId() + "/tasks", account.token(), "{\"title\":\"" + title + "\"}");
    }

    Reply get(Account account, String path) {
        return send("GET", "/api/" + account.userId() + path, account.token(), null);
    }

    Reply send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    /** With extra request headers, e.g. {@code X-Forwarded-For} behind a trusted proxy. */
    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String route = URI.create(path).getRawPath();
            if (route.startsWith("/api/") || route.equals("/healthz") || route.equals("/readyz")) {
                contract.validate(method, route, response);
            }
            JsonNode json = response.body().isEmpty() ? null : parse(response.body());
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}

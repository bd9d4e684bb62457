package dev.todo.bootstrap.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The REST API called directly, to prepare data faster than through the page and to check what was stored. */
final class TodoApi {
    private final URI baseUri;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    TodoApi(URI baseUri) {
        this.baseUri = baseUri;
    }

    Account signUp(String name, String email, String password) {
        JsonNode answer = send(
                "POST",
                "/api/auth/sign-up/email",
                null,
                Map.of("name", name, "email", email, "password", password),
                201);
        return new Account(
                answer.path("token").asText(), answer.path("user").path("id").asText(), email, password);
    }

    /** A session of its own for someone who already has an account (the page's session is left alone). */
    Account signIn(String email, String password) {
        JsonNode answer =
                send("POST", "/api/auth/sign-in/email", null, Map.of("email", email, "password", password), 200);
        return new Account(
                answer.path("token").asText(), answer.path("user").path("id").asText(), email, password);
    }

    /** Ends the session this refresh token belongs to, as another device of the person might. */
    void signOut(String refreshToken) {
        send("POST", "/api/auth/sign-out", null, Map.of("refresh_token", refreshToken), 204);
    }

    JsonNode createTask(String token, String userId, Map<String, Object> fields) {
        return send("POST", tasksPath(userId), token, fields, 201);
    }

    JsonNode listTrash(String token, String userId) {
        return send("GET", "/api/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/trash", token, null, 200);
    }

    JsonNode replaceTask(String token, String userId, long id, Map<String, Object> fields) {
        return send("PUT", tasksPath(userId) + "/" + id, token, fields, 200);
    }

    void deleteTask(String token, String userId, long id) {
        send("DELETE", tasksPath(userId) + "/" + id, token, null, 204);
    }

    /** Deletes a task in the trash for good, as another tab or device might. */
    void purgeTask(String token, String userId, long id) {
        send("DELETE", "/api/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/trash/" + id, token, null, 204);
    }

    JsonNode listTasks(String token, String userId) {
        return send("GET", tasksPath(userId) + "?limit=200", token, null, 200);
    }

    private static String tasksPath(String userId) {
        return "/api/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/tasks";
    }

    private JsonNode send(String method, String path, String token, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A person signed up over HTTP, with the token the server gave them. */
    record Account(String token, String userId, String email, String password) {}
}

package dev.todo.adapter.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests; every answer to a documented route is checked against the contract. */
final class Api {
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ContractValidator contract = new ContractValidator();
    final int port;

    Api(int port) {
        this.port = port;
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call patch(String path) {
        return new Call("PATCH", path);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    Call method(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built. */
    final class Call {
        private final String method;
        private final String path;
        private final HttpRequest.Builder request;
        private BodyPublisher body = BodyPublishers.noBody();
        private boolean documented = true;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            this.request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10));
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        Call json(String text) {
            return body("application/json", BodyPublishers.ofString(text));
        }

        Call body(String contentType, BodyPublisher publisher) {
            request.header("Content-Type", contentType);
            body = publisher;
            return this;
        }

        Call body(BodyPublisher publisher) {
            body = publisher;
            return this;
        }

        /** For routes the contract does not describe (unknown paths, methods, preflights, the UI). */
        Call undocumented() {
            documented = false;
            return this;
        }

        ApiResponse send() {
            try {
                HttpResponse<String> response =
                        client.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
                if (documented) {
                    contract.validate(method, URI.create(path).getRawPath(), response);
                }
                return new ApiResponse(response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.rest.JsonMappers;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Limits on request bodies: size, content type, JSON well-formedness, depth and duplicate keys. */
class RequestBodyHardeningTest {
    private static TestServer server;
    private static TestServer.Account alice;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        alice = server.signUp("Alice", "alice@example.com");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ApiResponse post(String json) {
        return server.api.post(alice.tasks()).bearer(alice.token()).json(json).send();
    }

    @Test
    void an_announced_length_over_the_limit_is_refused_without_waiting_for_the_body() {
        String head = RawHttp.exchange(
                server.api.port,
                "POST " + alice.tasks() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + alice.token()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{\"title\":");

        assertThat(head).startsWith("HTTP/1.1 413");
        assertThat(head).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @Test
    void a_chunked_body_is_counted_while_it_is_read() {
        byte[] big = ("{\"title\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        var response = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body("application/json", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .send();

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void a_chunked_body_within_the_limit_is_accepted() {
        byte[] small = "{\"title\":\"chunked\"}".getBytes(StandardCharsets.UTF_8);

        var response = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body("application/json", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                .send();

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void malformed_json_and_trailing_content_are_400() {
        assertThat(post("{\"title\":").status()).isEqualTo(400);
        assertThat(post("{\"title\":\"a\"} {}").status()).isEqualTo(400);
        assertThat(post("[{\"title\":\"a\"}]").status()).isEqualTo(400);
        assertThat(post("").status()).isEqualTo(400);
    }

    @Test
    void duplicate_keys_are_400_not_last_one_wins() {
        var response = post("{\"title\":\"shown\",\"title\":\"hidden\"}");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void nesting_beyond_the_depth_limit_is_400_before_field_checks() {
        String deep = "[".repeat(JsonMappers.MAX_NESTING_DEPTH + 4) + "]".repeat(JsonMappers.MAX_NESTING_DEPTH + 4);
        String shallow = "[[[]]]";

        var tooDeep = post("{\"title\":\"x\",\"extra\":" + deep + "}");
        var fine = post("{\"title\":\"x\",\"extra\":" + shallow + "}");

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(fine.status()).isEqualTo(422);
    }

    @Test
    void a_body_that_is_not_declared_as_json_is_415() {
        var text = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body("text/plain", BodyPublishers.ofString("{\"title\":\"x\"}"))
                .send();
        var latin1 = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body("application/json; charset=iso-8859-1", BodyPublishers.ofString("{\"title\":\"x\"}"))
                .send();
        var undeclared = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body(BodyPublishers.ofString("{\"title\":\"x\"}"))
                .send();
        var utf8 = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .body("application/json; charset=UTF-8", BodyPublishers.ofString("{\"title\":\"x\"}"))
                .send();

        assertThat(text.status()).isEqualTo(415);
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(undeclared.status()).isEqualTo(415);
        assertThat(utf8.status()).isEqualTo(201);
    }
}

package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Page cursors are tamper-evident: only a cursor the server (or an instance sharing its key) issued pages on. */
class PageCursorSealTest {
    private static final byte[] SHARED_KEY = "a key every instance derives alike".getBytes(StandardCharsets.UTF_8);
    private static TestServer server;
    private static TestServer.Account bob;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withPageCursorKey(SHARED_KEY));
        bob = server.signUp("Bob", "bob@example.com");
        for (String title : List.of("one", "two", "three")) {
            server.api
                    .post(bob.tasks())
                    .bearer(bob.token())
                    .json("{\"title\":\"" + title + "\"}")
                    .send();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String issuedCursor() {
        String link = server.api
                .get(bob.tasks() + "?limit=1")
                .bearer(bob.token())
                .send()
                .header("Link")
                .orElseThrow();
        return link.substring(link.indexOf("cursor=") + "cursor=".length(), link.indexOf('>'));
    }

    private ApiResponse page(TestServer on, String cursor) {
        String token = on == server ? bob.token() : on.tokens.tokenFor(bob.id());
        return on.api
                .get(bob.tasks() + "?limit=1&cursor=" + cursor)
                .bearer(token)
                .send();
    }

    @Test
    void an_issued_cursor_pages_on() {
        assertThat(page(server, issuedCursor()).status()).isEqualTo(200);
    }

    @Test
    void a_hand_made_cursor_in_the_listing_format_is_a_400_naming_the_cursor() {
        String handMade = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("v1|created|desc|1|2026-05-01T08:01:00Z".getBytes(StandardCharsets.UTF_8));

        var response = page(server, handMade);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("cursor");
    }

    @Test
    void an_issued_cursor_with_its_position_or_its_tag_changed_is_a_400() {
        String issued = issuedCursor();
        int dot = issued.lastIndexOf('.');
        String otherPosition = "A" + issued.substring(1);
        String otherTag =
                issued.substring(0, dot + 1) + (issued.charAt(dot + 1) == 'A' ? 'B' : 'A') + issued.substring(dot + 2);

        assertThat(page(server, otherPosition).status()).isEqualTo(400);
        assertThat(page(server, otherTag).status()).isEqualTo(400);
        assertThat(page(server, issued.substring(0, dot)).status()).isEqualTo(400);
    }

    @Test
    void another_instance_with_the_same_key_accepts_the_cursor_and_one_with_another_key_does_not() {
        String issued = issuedCursor();
        try (var sameKey = TestServer.start(c -> c.withPageCursorKey(SHARED_KEY));
                var otherKey = TestServer.start()) {
            assertThat(page(sameKey, issued).status()).isEqualTo(200);
            assertThat(page(otherKey, issued).status()).isEqualTo(400);
        }
    }
}

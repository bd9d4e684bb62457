package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListTasksTest {
    private static TestServer server;
    private static TestServer.Account bob;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        bob = server.signUp("Bob", "bob@example.com");
        for (String title : List.of("alpha", "Bravo", "charlie", "delta", "echo")) {
            String priority = title.equals("delta") ? "high" : "low";
            var response = server.api
                    .post(bob.tasks())
                    .bearer(bob.token())
                    .json("{\"title\":\"" + title + "\",\"priority\":\"" + priority + "\",\"tags\":[\"t\"]}")
                    .send();
            assertThat(response.status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> titles(ApiResponse response) {
        return response.json().findValuesAsText("title");
    }

    @Test
    void pages_are_linked_with_every_query_parameter_kept() {
        List<String> seen = new ArrayList<>();
        String next = bob.tasks() + "?sort=title&tag=t&limit=2";
        int pages = 0;
        while (next != null) {
            var page = server.api.get(next).bearer(bob.token()).send();
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(titles(page));
            pages++;
            next = page.header("Link").map(ListTasksTest::nextTarget).orElse(null);
            if (next != null) {
                assertThat(next).startsWith(bob.tasks() + "?sort=title&tag=t&limit=2&cursor=");
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("alpha", "Bravo", "charlie", "delta", "echo");
    }

    @Test
    void a_client_preferring_an_exact_count_learns_how_many_tasks_match_across_all_pages() {
        var counted = server.api
                .get(bob.tasks() + "?priority=low&limit=1")
                .bearer(bob.token())
                .header("Prefer", "return=representation, COUNT=exact")
                .send();
        var none = server.api
                .get(bob.tasks() + "?q=nothing-like-this")
                .bearer(bob.token())
                .header("Prefer", "count=exact")
                .send();
        var plain = server.api.get(bob.tasks() + "?limit=1").bearer(bob.token()).send();

        assertThat(counted.status()).isEqualTo(200);
        assertThat(titles(counted)).hasSize(1);
        assertThat(counted.header("X-Total-Count")).contains("4");
        assertThat(counted.header("Preference-Applied")).contains("count=exact");
        assertThat(none.header("X-Total-Count")).contains("0");
        assertThat(plain.header("X-Total-Count")).isEmpty();
        assertThat(plain.header("Preference-Applied")).isEmpty();
    }

    private static String nextTarget(String link) {
        assertThat(link).endsWith(">; rel=\"next\"");
        return link.substring(1, link.indexOf('>'));
    }

    @Test
    void filters_and_sort_order_apply() {
        var high = server.api
                .get(bob.tasks() + "?priority=high")
                .bearer(bob.token())
                .send();
        var search = server.api.get(bob.tasks() + "?q=ALP").bearer(bob.token()).send();
        var desc = server.api
                .get(bob.tasks() + "?sort=title&order=desc&limit=1")
                .bearer(bob.token())
                .send();
        var pending = server.api
                .get(bob.tasks() + "?status=completed")
                .bearer(bob.token())
                .send();

        assertThat(titles(high)).containsExactly("delta");
        assertThat(titles(search)).containsExactly("alpha");
        assertThat(titles(desc)).containsExactly("echo");
        assertThat(desc.header("Link")).isPresent();
        assertThat(pending.json().size()).isZero();
        assertThat(pending.header("Link")).isEmpty();
    }

    @Test
    void bad_query_parameters_are_a_400_naming_each() {
        var response = server.api
                .get(bob.tasks()
                        + "?status=done&sort=size&order=up&limit=500&due_before=tomorrow&priority=x&page=2&tag=a%20b")
                .bearer(bob.token())
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("status", "sort", "order", "limit", "due_before", "priority", "page", "tag");
    }

    @Test
    void a_repeated_parameter_and_a_forged_cursor_are_400() {
        var repeated = server.api
                .get(bob.tasks() + "?limit=1&limit=2")
                .bearer(bob.token())
                .send();
        var forged = server.api
                .get(bob.tasks() + "?cursor=bm9wZQ")
                .bearer(bob.token())
                .send();

        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.errorFields()).containsExactly("limit");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorFields()).containsExactly("cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "cursor=%", "%=1", "tag=%E2%8"})
    void malformed_percent_encoding_is_a_400_not_a_silently_dropped_parameter(String query) throws Exception {
        // HTTP/1.0, so the body arrives unchunked; java.net.http refuses to send such a request target.
        String response = RawHttp.exchangeUntilClosed(
                server.api.port,
                "GET " + bob.tasks() + "?" + query + " HTTP/1.0\r\nAuthorization: Bearer " + bob.token() + "\r\n\r\n");
        JsonNode problem = new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));

        assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/problem+json");
        assertThat(problem.findValuesAsText("field")).containsExactly(query.substring(0, query.indexOf('=')));
    }
}

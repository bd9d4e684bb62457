package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DELETE moves a task to the trash; the trash lists, restores and purges; only its owner reaches it. */
class TrashEndpointsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Account someone() {
        return server.signUp("Trash Person", "trash-" + System.nanoTime() + "@example.com");
    }

    private static String create(TestServer.Account who, String title) {
        return server.api
                .post(who.tasks())
                .bearer(who.token())
                .json("{\"title\":\"" + title + "\"}")
                .send()
                .header("Location")
                .orElseThrow();
    }

    private static String trash(TestServer.Account who) {
        return "/api/" + who.id() + "/trash";
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void delete_moves_the_task_to_the_trash_and_every_task_route_answers_404() {
        var ada = someone();
        String task = create(ada, "Trash me");

        assertThat(server.api.delete(task).bearer(ada.token()).send().status()).isEqualTo(204);

        assertThat(server.api.get(task).bearer(ada.token()).send().status()).isEqualTo(404);
        assertThat(server.api
                        .put(task)
                        .bearer(ada.token())
                        .json("{\"title\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(server.api
                        .patch(task + "/complete")
                        .bearer(ada.token())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(server.api.delete(task).bearer(ada.token()).send().status()).isEqualTo(404);
        assertThat(server.api.get(ada.tasks()).bearer(ada.token()).send().json())
                .isEmpty();
        var trashed = server.api.get(trash(ada)).bearer(ada.token()).send();
        assertThat(trashed.status()).isEqualTo(200);
        assertThat(trashed.json()).hasSize(1);
        assertThat(trashed.json().get(0).get("title").asText()).isEqualTo("Trash me");
        assertThat(trashed.json().get(0).get("version").asLong()).isEqualTo(2);
        assertThat(trashed.json().get(0).get("deleted_at").asText())
                .isEqualTo(trashed.json().get(0).get("updated_at").asText());
    }

    @Test
    void restore_answers_the_task_with_its_id_at_the_next_version_with_its_etag_and_purge_removes_it_for_good() {
        var ada = someone();
        String kept = create(ada, "Keep me");
        String gone = create(ada, "Lose me");
        server.api.delete(kept).bearer(ada.token()).send();
        server.api.delete(gone).bearer(ada.token()).send();

        var restored = server.api
                .post(trash(ada) + "/" + idOf(kept) + "/restore")
                .bearer(ada.token())
                .send();
        var purged = server.api
                .delete(trash(ada) + "/" + idOf(gone))
                .bearer(ada.token())
                .send();

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asText()).isEqualTo(idOf(kept));
        assertThat(restored.json().get("version").asLong()).isEqualTo(3);
        assertThat(restored.header("ETag")).contains("\"3\"");
        assertThat(server.api.get(kept).bearer(ada.token()).send().status()).isEqualTo(200);
        assertThat(purged.status()).isEqualTo(204);
        assertThat(server.api.get(trash(ada)).bearer(ada.token()).send().json()).isEmpty();
        assertThat(server.api
                        .post(trash(ada) + "/" + idOf(gone) + "/restore")
                        .bearer(ada.token())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(server.api
                        .post(trash(ada) + "/" + idOf(kept) + "/restore")
                        .bearer(ada.token())
                        .send()
                        .status())
                .as("a task in the list is not in the trash")
                .isEqualTo(404);
        assertThat(server.api
                        .delete(trash(ada) + "/" + idOf(kept))
                        .bearer(ada.token())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_trash_pages_newest_first_and_refuses_other_parameters_and_list_cursors() {
        var ada = someone();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String task = create(ada, "t" + i);
            server.api.delete(task).bearer(ada.token()).send();
            titles.add(0, "t" + i);
        }
        List<String> seen = new ArrayList<>();
        String next = trash(ada) + "?limit=2";
        while (next != null) {
            var page = server.api.get(next).bearer(ada.token()).send();
            page.json().forEach(task -> seen.add(task.get("title").asText()));
            next = page.header("Link")
                    .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                    .map(target -> target.startsWith("http") ? target.substring(target.indexOf("/api/")) : target)
                    .orElse(null);
        }
        create(ada, "a1");
        create(ada, "a2");
        String listCursor = server.api
                .get(ada.tasks() + "?limit=1")
                .bearer(ada.token())
                .send()
                .header("Link")
                .map(link -> link.substring(link.indexOf("cursor=") + 7, link.indexOf('>')))
                .orElseThrow();

        assertThat(seen).isEqualTo(titles);
        assertThat(server.api
                        .get(trash(ada) + "?status=all")
                        .bearer(ada.token())
                        .send()
                        .errorFields())
                .containsExactly("status");
        assertThat(server.api
                        .get(trash(ada) + "?limit=0")
                        .bearer(ada.token())
                        .send()
                        .errorFields())
                .containsExactly("limit");
        var refused = server.api
                .get(trash(ada) + "?cursor=" + listCursor)
                .bearer(ada.token())
                .send();
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void another_users_trash_is_403_and_their_trashed_task_is_404() {
        var ada = someone();
        var eve = someone();
        String task = create(ada, "Private");
        server.api.delete(task).bearer(ada.token()).send();

        assertThat(server.api.get(trash(ada)).bearer(eve.token()).send().status())
                .isEqualTo(403);
        assertThat(server.api.get(trash(ada)).send().status()).isEqualTo(401);
        assertThat(server.api
                        .post(trash(eve) + "/" + idOf(task) + "/restore")
                        .bearer(eve.token())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(server.api
                        .delete(trash(eve) + "/" + idOf(task))
                        .bearer(eve.token())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(server.api.get(trash(ada)).bearer(ada.token()).send().json()).hasSize(1);
    }
}

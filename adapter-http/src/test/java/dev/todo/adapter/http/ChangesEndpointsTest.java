package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Delta sync: GET …/changes lists every change in order; a client replaying it has the server's tasks. */
class ChangesEndpointsTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
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
        return server.signUp("Sync Person", "sync-" + System.nanoTime() + "@example.com");
    }

    private static String changes(TestServer.Account who) {
        return "/api/" + who.id() + "/changes";
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

    @Test
    void every_change_is_an_entry_in_order_with_the_task_after_it_and_a_next_link() {
        var ada = someone();
        String task = create(ada, "Buy milk");
        String id = task.substring(task.lastIndexOf('/') + 1);
        server.api
                .put(task)
                .bearer(ada.token())
                .json("{\"title\":\"Buy oat milk\"}")
                .send();
        server.api.patch(task + "/complete").bearer(ada.token()).send();
        server.api.delete(task).bearer(ada.token()).send();
        server.api
                .post("/api/" + ada.id() + "/trash/" + id + "/restore")
                .bearer(ada.token())
                .send();
        server.api.delete(task).bearer(ada.token()).send();
        server.api
                .delete("/api/" + ada.id() + "/trash/" + id)
                .bearer(ada.token())
                .send();

        var page = server.api.get(changes(ada) + "?since=0").bearer(ada.token()).send();

        assertThat(page.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        page.json().forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "task.created",
                        "task.updated",
                        "task.completed",
                        "task.deleted",
                        "task.restored",
                        "task.deleted",
                        "task.purged");
        JsonNode entries = page.json();
        assertThat(entries.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(entries.get(1).at("/task/title").asText()).isEqualTo("Buy oat milk");
        assertThat(entries.get(3).at("/task/deleted_at").isTextual()).isTrue();
        assertThat(entries.get(6).get("task").isNull()).isTrue();
        assertThat(entries.get(6).get("task_id").asText()).isEqualTo(id);
        assertThat(page.header("Link")).contains("<" + changes(ada) + "?since=7&limit=100>; rel=\"next\"");
    }

    @Test
    void without_since_the_page_is_empty_and_points_at_the_newest_entry() {
        var ada = someone();
        create(ada, "one");
        create(ada, "two");

        var page = server.api.get(changes(ada)).bearer(ada.token()).send();

        assertThat(page.json()).isEmpty();
        assertThat(page.header("Link")).contains("<" + changes(ada) + "?since=2&limit=100>; rel=\"next\"");
        var empty = server.api.get(changes(someone())).bearer(ada.token()).send();
        assertThat(empty.status()).isEqualTo(403);
    }

    @Test
    void pages_follow_the_link_without_gap_or_repeat() {
        var ada = someone();
        for (int i = 0; i < 5; i++) {
            create(ada, "task " + i);
        }
        List<Long> ids = new ArrayList<>();
        String next = changes(ada) + "?since=0&limit=2";
        for (int read = 0; read < 4; read++) {
            var page = server.api.get(next).bearer(ada.token()).send();
            page.json().forEach(entry -> ids.add(entry.get("id").asLong()));
            Matcher link = NEXT.matcher(page.header("Link").orElseThrow());
            assertThat(link.matches()).isTrue();
            next = link.group(1);
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void bad_parameters_are_400_naming_them_and_a_position_beyond_the_newest_is_410() {
        var ada = someone();
        create(ada, "one");
        for (String query : List.of("since=-1", "since=x", "since=1&since=2", "limit=0", "limit=1001", "cursor=abc")) {
            var answer = server.api
                    .get(changes(ada) + "?" + query)
                    .bearer(ada.token())
                    .send();
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().at("/errors/0/field").asText()).as(query).isEqualTo(query.split("=")[0]);
        }
        var gone = server.api.get(changes(ada) + "?since=2").bearer(ada.token()).send();
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("type").asText()).endsWith("changes-expired");
    }

    @Test
    void changes_and_events_need_a_token_and_the_path_user() {
        var ada = someone();
        var bea = someone();
        for (String path : List.of(changes(ada), "/api/" + ada.id() + "/events")) {
            assertThat(server.api.get(path).send().status()).as(path).isEqualTo(401);
            assertThat(server.api.get(path).bearer(bea.token()).send().status())
                    .as(path)
                    .isEqualTo(403);
        }
    }

    /**
     * Random operations through the API; a second copy of the list and the trash built only from the changes
     * (read in small pages, some between the operations) ends equal to what the server lists.
     */
    @Test
    void a_client_replaying_the_changes_ends_with_the_servers_list_and_trash() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        var ada = someone();
        var replica = new ChangeReplica();
        List<String> live = new ArrayList<>();
        List<String> trashed = new ArrayList<>();
        for (int step = 0; step < 150; step++) {
            int choice = random.nextInt(8);
            if (live.isEmpty() || choice == 0) {
                live.add(create(ada, "task " + step));
            } else if (choice <= 2) {
                String task = live.get(random.nextInt(live.size()));
                server.api
                        .put(task)
                        .bearer(ada.token())
                        .json("{\"title\":\"edited " + step + "\",\"priority\":\"high\"}")
                        .send();
            } else if (choice <= 4) {
                server.api
                        .patch(live.get(random.nextInt(live.size())) + "/complete")
                        .bearer(ada.token())
                        .send();
            } else if (choice == 5) {
                String task = live.remove(random.nextInt(live.size()));
                server.api.delete(task).bearer(ada.token()).send();
                trashed.add(task.substring(task.lastIndexOf('/') + 1));
            } else if (choice == 6 && !trashed.isEmpty()) {
                String id = trashed.remove(random.nextInt(trashed.size()));
                server.api
                        .post("/api/" + ada.id() + "/trash/" + id + "/restore")
                        .bearer(ada.token())
                        .send();
                live.add(ada.tasks() + "/" + id);
            } else if (!trashed.isEmpty()) {
                String id = trashed.remove(random.nextInt(trashed.size()));
                server.api
                        .delete("/api/" + ada.id() + "/trash/" + id)
                        .bearer(ada.token())
                        .send();
            }
            if (random.nextInt(10) == 0) {
                catchUp(replica, ada);
            }
        }
        catchUp(replica, ada);

        assertThat(replica.tasks())
                .as("seed " + seed)
                .isEqualTo(ChangeReplica.byId(server.api
                        .get(ada.tasks() + "?limit=200")
                        .bearer(ada.token())
                        .send()
                        .json()));
        assertThat(replica.trash())
                .as("seed " + seed)
                .isEqualTo(ChangeReplica.byId(server.api
                        .get("/api/" + ada.id() + "/trash?limit=200")
                        .bearer(ada.token())
                        .send()
                        .json()));
    }

    /** Reads the changes after the replica's position in pages of 7 and applies them. */
    private static void catchUp(ChangeReplica replica, TestServer.Account who) {
        while (true) {
            var page = server.api
                    .get(changes(who) + "?since=" + replica.position() + "&limit=7")
                    .bearer(who.token())
                    .send();
            assertThat(page.status()).isEqualTo(200);
            page.json().forEach(replica::apply);
            if (page.json().size() < 7) {
                return;
            }
        }
    }
}

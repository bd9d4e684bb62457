package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two users: neither can see, change or even detect the other's tasks, on any endpoint. */
class IsolationTest {
    private static TestServer server;
    private static TestServer.Account alice;
    private static TestServer.Account mallory;
    private static long aliceTask;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        alice = server.signUp("Alice", "alice@example.com");
        mallory = server.signUp("Mallory", "mallory@example.com");
        aliceTask = server.api
                .post(alice.tasks())
                .bearer(alice.token())
                .json("{\"title\":\"secret\"}")
                .send()
                .json()
                .get("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void another_users_path_is_403_on_every_endpoint() {
        String path = alice.tasks() + "/" + aliceTask;
        var api = server.api;
        assertThat(api.get(alice.tasks()).bearer(mallory.token()).send().status())
                .isEqualTo(403);
        assertThat(api.post(alice.tasks())
                        .bearer(mallory.token())
                        .json("{\"title\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api.get(path).bearer(mallory.token()).send().status()).isEqualTo(403);
        assertThat(api.put(path)
                        .bearer(mallory.token())
                        .json("{\"title\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api.patch(path + "/complete").bearer(mallory.token()).send().status())
                .isEqualTo(403);
        assertThat(api.delete(path).bearer(mallory.token()).send().status()).isEqualTo(403);
    }

    @Test
    void another_users_task_under_ones_own_path_is_indistinguishable_from_a_missing_one() {
        String foreign = mallory.tasks() + "/" + aliceTask;
        String missing = mallory.tasks() + "/" + 987_654;
        var api = server.api;

        var get = api.get(foreign).bearer(mallory.token()).send();
        var put = api.put(foreign)
                .bearer(mallory.token())
                .json("{\"title\":\"x\"}")
                .send();
        var patch = api.patch(foreign + "/complete").bearer(mallory.token()).send();
        var delete = api.delete(foreign).bearer(mallory.token()).send();
        var getMissing = api.get(missing).bearer(mallory.token()).send();

        for (var response : new ApiResponse[] {get, put, patch, delete}) {
            assertThat(response.status()).isEqualTo(404);
            // the same problem; only instance differs, and it echoes the path the client sent
            var withoutInstance = response.json().deepCopy();
            var missingWithoutInstance = getMissing.json().deepCopy();
            ((ObjectNode) withoutInstance).remove("instance");
            ((ObjectNode) missingWithoutInstance).remove("instance");
            assertThat(withoutInstance).isEqualTo(missingWithoutInstance);
        }
        assertThat(get.json().get("instance").asText()).isEqualTo(foreign);
        var stillThere =
                api.get(alice.tasks() + "/" + aliceTask).bearer(alice.token()).send();
        assertThat(stillThere.json().get("title").asText()).isEqualTo("secret");
        assertThat(stillThere.json().get("completed").asBoolean()).isFalse();
    }

    @Test
    void listings_show_only_ones_own_tasks() {
        server.api
                .post(mallory.tasks())
                .bearer(mallory.token())
                .json("{\"title\":\"mine\"}")
                .send();

        var malloryList =
                server.api.get(mallory.tasks()).bearer(mallory.token()).send();
        var aliceList = server.api.get(alice.tasks()).bearer(alice.token()).send();

        assertThat(malloryList.json().findValuesAsText("user_id")).isNotEmpty().containsOnly(mallory.id());
        assertThat(malloryList.json().findValuesAsText("title")).doesNotContain("secret");
        assertThat(aliceList.json().findValuesAsText("user_id")).containsOnly(alice.id());
    }

    @Test
    void me_answers_for_the_tokens_own_user() {
        assertThat(server.api
                        .get("/api/auth/me")
                        .bearer(alice.token())
                        .send()
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(alice.id());
        assertThat(server.api
                        .get("/api/auth/me")
                        .bearer(mallory.token())
                        .send()
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(mallory.id());
    }
}

package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.bootstrap.TodoApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data and the token-signing key live in the data folder: a restart keeps tasks and accepts old tokens. */
class RestartTest {
    @TempDir
    Path data;

    @Test
    void tasks_and_tokens_survive_a_restart_on_the_same_data_folder() {
        Map<String, String> environment = Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "TODO_DATA_DIR", data.toString());
        ApiClient.Account ada;
        String id;
        try (var first = TodoApplication.start(environment)) {
            var api = new ApiClient(first.baseUri());
            ada = api.signUp();
            id = api.createTask(ada, "Remember me").body().get("id").asText();
        }

        try (var second = TodoApplication.start(environment)) {
            var reply = new ApiClient(second.baseUri()).get(ada, "/tasks/" + id);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("title").asText()).isEqualTo("Remember me");
        }
    }
}

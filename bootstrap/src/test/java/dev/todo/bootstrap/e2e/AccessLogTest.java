package dev.todo.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One access line per request, as JSON with LOG_FORMAT=json, naming the route and user but never secrets. */
class AccessLogTest {
    @TempDir
    Path data;

    @Test
    void each_request_is_logged_once_as_json_without_tokens_or_passwords() throws Exception {
        try (var database = new ExternalDatabase(data)) {
            var server = ServerProcess.start(Map.of("DATABASE_URL", database.url(), "LOG_FORMAT", "json"));
            var api = new ApiClient(server.baseUri());
            var ada = api.signUp();
            api.get(ada, "/tasks?status=pending");
            // no waiting: lines are written by a background thread, and a graceful stop writes out every one
            server.terminate();

            List<JsonNode> lines = json(server.output());
            assertThat(lines)
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.has("formattedMessage")).isTrue());
            var access = lines.stream()
                    .filter(line ->
                            "dev.todo.access".equals(line.path("loggerName").asText()))
                    .map(line -> line.get("formattedMessage").asText())
                    .toList();
            assertThat(access)
                    .filteredOn(m -> m.matches("GET /api/\\{user_id}/tasks 200 [0-9.]+ms user=" + ada.userId()))
                    .hasSize(1);
            assertThat(access)
                    .filteredOn(m -> m.matches("POST /api/auth/sign-up/email 201 [0-9.]+ms user=-"))
                    .hasSize(1);
            assertThat(access).hasSize(2); // nothing else was asked
            assertThat(lines)
                    .last()
                    .satisfies(line ->
                            assertThat(line.path("formattedMessage").asText()).isEqualTo("stopped"));
            assertThat(String.join("\n", server.output())).doesNotContain(ada.token(), "correct horse battery");
        }
    }

    private static List<JsonNode> json(List<String> output) {
        var mapper = new ObjectMapper();
        return output.stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> {
                    try {
                        return mapper.readTree(line);
                    } catch (Exception e) {
                        throw new AssertionError("not a JSON log line: " + line, e);
                    }
                })
                .toList();
    }
}

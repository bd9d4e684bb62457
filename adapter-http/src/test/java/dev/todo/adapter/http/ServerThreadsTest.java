package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The request threads are bounded; requests beyond them wait their turn in the server's queue and are answered. */
class ServerThreadsTest {
    private static final int MAX_THREADS = 12;
    private static final int REQUESTS = 40;

    @Test
    void requests_beyond_the_thread_limit_wait_their_turn_and_are_all_answered() throws Exception {
        try (var server =
                TestServer.start(config -> config.withMaxThreads(MAX_THREADS).withMaxRequestsPerAddress(REQUESTS))) {
            var ada = server.signUp("Ada", "ada@example.com");
            var gate = new CountDownLatch(1);
            server.tasks.holdListingsUntil(gate);
            var client = HttpClient.newHttpClient();
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.api.port + ada.tasks()))
                    .header("Authorization", "Bearer " + ada.token())
                    .build();

            List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, REQUESTS)
                    .mapToObj(i -> client.sendAsync(request, BodyHandlers.ofString()))
                    .toList();
            int held = heldOnceSettled(server.tasks);
            gate.countDown();

            assertThat(held).isBetween(1, MAX_THREADS);
            for (var answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    /** The number of held listings once it has stopped growing for half a second. */
    private static int heldOnceSettled(FaultyTaskRepository tasks) throws InterruptedException {
        int last = -1;
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int now = tasks.heldListings();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (now > 0 && System.nanoTime() - stableSince > TimeUnit.MILLISECONDS.toNanos(500)) {
                return now;
            }
            Thread.sleep(20);
        }
        return last;
    }
}

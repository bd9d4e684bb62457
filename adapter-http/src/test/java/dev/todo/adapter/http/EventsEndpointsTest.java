package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.events.EventStreamLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live events: the change log as Server-Sent Events, resumed without gap, bounded, kept alive and ended cleanly. */
class EventsEndpointsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(config -> config.withEventStreams(
                EventStreamLimits.DEFAULTS.withStreams(2, 5).withHeartbeat(Duration.ofMillis(700))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Account someone() {
        return server.signUp("Live Person", "live-" + System.nanoTime() + "@example.com");
    }

    private static String events(TestServer.Account who) {
        return "/api/" + who.id() + "/events";
    }

    private static EventStreamClient open(TestServer.Account who, Optional<Long> lastEventId) {
        return EventStreamClient.open(server.uri(), events(who), who.token(), lastEventId);
    }

    private static void create(TestServer.Account who, String title) {
        assertThat(server.api
                        .post(who.tasks())
                        .bearer(who.token())
                        .json("{\"title\":\"" + title + "\"}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void a_stream_starts_with_retry_then_sends_each_new_change_as_an_event() {
        var ada = someone();
        create(ada, "before the stream");
        try (var stream = open(ada, Optional.empty())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.header("Cache-Control")).contains("no-store");
            String retry = stream.nextLine(WAIT).orElseThrow();
            assertThat(retry).matches("retry: [1-5][0-9]{3}");
            assertThat(Integer.parseInt(retry.substring(7))).isBetween(1_000, 5_000);

            create(ada, "after");

            var event = stream.nextEvent(WAIT).orElseThrow();
            assertThat(event.id()).isEqualTo("2");
            assertThat(event.type()).isEqualTo("task.created");
            assertThat(event.data()).contains("\"id\":2", "\"type\":\"task.created\"", "\"title\":\"after\"");
        }
    }

    @Test
    void last_event_id_resumes_with_every_later_entry_once_in_order_then_stays_live() {
        var ada = someone();
        for (int i = 0; i < 4; i++) {
            create(ada, "task " + i);
        }
        try (var stream = open(ada, Optional.of(1L))) {
            assertThat(stream.events(3, WAIT))
                    .extracting(EventStreamClient.Event::id)
                    .containsExactly("2", "3", "4");
            create(ada, "live");
            assertThat(stream.events(1, WAIT))
                    .extracting(EventStreamClient.Event::id)
                    .containsExactly("5");
            assertThat(stream.nextEvent(Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void an_idle_stream_receives_heartbeats() {
        var ada = someone();
        try (var stream = open(ada, Optional.empty())) {
            stream.nextLine(WAIT); // retry
            stream.nextLine(WAIT); // blank line after it
            assertThat(stream.nextLine(WAIT)).contains(": ping");
        }
    }

    @Test
    void a_bad_or_expired_last_event_id_is_refused_before_the_stream_starts() {
        var ada = someone();
        create(ada, "one");
        var bad = server.api
                .get(events(ada))
                .bearer(ada.token())
                .header("Last-Event-ID", "abc")
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("Last-Event-ID");
        var beyond = server.api
                .get(events(ada))
                .bearer(ada.token())
                .header("Last-Event-ID", "9")
                .send();
        assertThat(beyond.status()).isEqualTo(410);
        var parameter =
                server.api.get(events(ada) + "?since=1").bearer(ada.token()).send();
        assertThat(parameter.status()).isEqualTo(400);
    }

    @Test
    void streams_are_bounded_per_user_and_per_instance() {
        var ada = someone();
        try (var first = open(ada, Optional.empty());
                var second = open(ada, Optional.empty())) {
            assertThat(List.of(first.status(), second.status())).containsOnly(200);
            var third = server.api.get(events(ada)).bearer(ada.token()).send();
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.header("Retry-After")).contains("10");
            assertThat(third.json().get("type").asText()).endsWith("too-many-streams");
            var bea = someone();
            var cy = someone();
            try (var b1 = open(bea, Optional.empty());
                    var b2 = open(bea, Optional.empty());
                    var c1 = open(cy, Optional.empty())) {
                assertThat(List.of(b1.status(), b2.status(), c1.status())).containsOnly(200);
                var full = server.api.get(events(cy)).bearer(cy.token()).send();
                assertThat(full.status()).isEqualTo(503);
            }
        }
        awaitOpenStreams(0);
        try (var again = open(ada, Optional.empty())) {
            assertThat(again.status()).isEqualTo(200);
        }
    }

    @Test
    void a_stream_ends_when_its_token_expires() {
        var ada = someone();
        String shortLived = server.tokens.tokenExpiringIn(ada.id(), Duration.ofSeconds(2));
        try (var stream = EventStreamClient.open(server.uri(), events(ada), shortLived, Optional.empty())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.endsWithin(Duration.ofSeconds(6))).isTrue();
        }
    }

    @Test
    void head_runs_the_checks_and_answers_the_headers_only() {
        var ada = someone();
        var head = server.api
                .method("HEAD", events(ada))
                .undocumented()
                .bearer(ada.token())
                .send();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(server.api.method("HEAD", events(ada)).undocumented().send().status())
                .isEqualTo(401);
    }

    @Test
    void stopping_the_server_ends_every_stream_at_once() {
        try (var own = TestServer.start()) {
            var ada = own.signUp("Stopping", "stop-" + System.nanoTime() + "@example.com");
            try (var stream = EventStreamClient.open(own.uri(), events(ada), ada.token(), Optional.empty())) {
                assertThat(stream.status()).isEqualTo(200);
                long started = System.nanoTime();
                own.close();
                assertThat(stream.endsWithin(Duration.ofSeconds(3))).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }

    private static void awaitOpenStreams(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.server.openEventStreams() != count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(server.server.openEventStreams()).isEqualTo(count);
    }
}

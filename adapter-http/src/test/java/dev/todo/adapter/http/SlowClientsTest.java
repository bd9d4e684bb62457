package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Clients that send bodies slowly, or open many requests from one address, cannot starve everyone else. */
class SlowClientsTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Test
    void two_hundred_trickling_bodies_leave_other_users_and_healthz_answered_promptly() throws Exception {
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        try (var server = TestServer.start()) {
            var ada = server.signUp("Ada", "ada@example.com");
            var attackers = new TricklingClients(server.api.port, 200);
            try {
                trickler.scheduleWithFixedDelay(attackers::trickle, 0, 1, TimeUnit.SECONDS);
                Thread.sleep(1_500); // every attacker has sent its headers and some body

                for (int round = 0; round < 5; round++) {
                    assertAnsweredPromptly(() -> server.api.get("/healthz").send());
                    assertAnsweredPromptly(() ->
                            server.api.get(ada.tasks()).bearer(ada.token()).send());
                    Thread.sleep(300);
                }
                // the minimum body rate cuts tricklers off (408), and they come back, as attackers do
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (attackers.reconnects() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(attackers.reconnects()).isPositive();
            } finally {
                trickler.shutdownNow();
                trickler.awaitTermination(5, TimeUnit.SECONDS);
                attackers.close();
                // let the server see every attacker's end of file before it is stopped
                Thread.sleep(1_000);
            }
        }
    }

    @Test
    void a_body_that_trickles_below_the_minimum_rate_is_answered_408_problem_json() throws Exception {
        try (var server = TestServer.start();
                var socket = new Socket("127.0.0.1", server.api.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/auth/sign-in/email HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int i = 0; i < 3; i++) {
                    Thread.sleep(700);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException cutOff) {
                // the server answered and closed before the body was complete, as it should
            }

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408 ").contains("application/problem+json");
            assertThat(answer).contains("\"status\":408");
        }
    }

    @Test
    void requests_in_flight_are_capped_per_address_and_other_addresses_are_unaffected() throws Exception {
        int cap = 8;
        List<Socket> pending = new ArrayList<>();
        try (var server = TestServer.start(c -> c.withMaxRequestsPerAddress(cap))) {
            for (int i = 0; i < cap; i++) {
                pending.add(openFrom("127.0.2.1", server.api.port, "Content-Length: 100\r\n\r\n{"));
            }
            Thread.sleep(500); // the server has parsed every pending request's headers

            var over = openFrom("127.0.2.1", server.api.port, "\r\n");
            pending.add(over);
            over.setSoTimeout(5_000);
            String refused = new String(over.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(refused).startsWith("HTTP/1.1 429 ").contains("application/problem+json");
            assertThat(server.api.get("/healthz").send().status()).isEqualTo(200);
        } finally {
            for (Socket socket : pending) {
                socket.close();
            }
        }
    }

    private static Socket openFrom(String address, int port, String rest) throws IOException {
        var socket = new Socket();
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream()
                .write(("POST /api/auth/sign-in/email HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/json\r\n" + rest)
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private interface Call {
        ApiResponse send();
    }

    private static void assertAnsweredPromptly(Call call) {
        long start = System.nanoTime();
        ApiResponse response = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).isEqualTo(200);
        assertThat(took).isLessThan(PROMPTLY);
    }
}

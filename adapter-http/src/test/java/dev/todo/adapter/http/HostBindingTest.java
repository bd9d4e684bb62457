package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** HOST: the public port listens on the configured address only. */
class HostBindingTest {
    @Test
    void a_server_bound_to_one_address_answers_there_and_nowhere_else() throws Exception {
        // every 127.x.y.z address is this machine's loopback on Linux: two addresses, no network needed
        try (var server = TestServer.start(config -> config.withHost("127.0.0.2"))) {
            assertThat(connects("127.0.0.2", server.api.port)).isTrue();
            assertThatThrownBy(() -> connects("127.0.0.1", server.api.port)).isInstanceOf(ConnectException.class);
        }
    }

    private static boolean connects(String address, int port) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return socket.isConnected();
        }
    }
}

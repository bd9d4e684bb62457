package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.adapter.http.identity.AuthConfig;
import dev.todo.adapter.http.identity.Authentication;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server wired as bootstrap wires it: real JWTs, real Argon2id, the real published JWKS. */
class RealAuthenticationTest {
    private static TodoHttpServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        var clock = Clock.systemUTC();
        var auth = Authentication.create(
                AuthConfig.of("http://todo.test", "http://todo.test"), new InMemorySigningKeyRepository(), clock);
        server = TestServer.withAuthentication(auth);
        api = new Api(server.start());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_signed_up_user_works_with_a_real_token_and_a_tampered_one_is_refused() {
        var signUp = api.post("/api/auth/sign-up/email")
                .json("{\"name\":\"Real\",\"email\":\"real@example.com\",\"password\":\"correct horse\"}")
                .send();
        String token = signUp.json().get("token").asText();
        String id = signUp.json().at("/user/id").asText();
        var signIn = api.post("/api/auth/sign-in/email")
                .json("{\"email\":\"real@example.com\",\"password\":\"correct horse\"}")
                .send();

        var me = api.get("/api/auth/me")
                .bearer(signIn.json().get("token").asText())
                .send();
        var created = api.post("/api/" + id + "/tasks")
                .bearer(token)
                .json("{\"title\":\"real\"}")
                .send();
        var tampered = api.get("/api/" + id + "/tasks")
                .bearer(token.substring(0, token.length() - 2) + "xx")
                .send();
        var jwks = api.get("/api/auth/jwks").send();

        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(id);
        assertThat(created.status()).isEqualTo(201);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(jwks.json().get("keys").size()).isEqualTo(1);
        assertThat(jwks.body()).doesNotContain("\"d\"");
    }
}

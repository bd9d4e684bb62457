package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions over HTTP: refresh with rotation and reuse detection, sign-out, and the refresh-token cookie. */
class SessionEndpointsTest {
    private static final String REFRESH = "/api/auth/refresh";
    private static final String SIGN_OUT = "/api/auth/sign-out";
    private static final String COOKIE_PREFERENCE = "refresh-token=cookie";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An access token, the refresh token and the user's id, from a fresh sign-up. */
    private record Signed(String id, String token, String refreshToken) {}

    private static Signed signUp() {
        String email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var response = server.api
                .post("/api/auth/sign-up/email")
                .json("{\"name\":\"Sam\",\"email\":\"" + email + "\",\"password\":\"correct horse\"}")
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return signed(response);
    }

    private static Signed signed(ApiResponse response) {
        return new Signed(
                response.json().at("/user/id").asText(),
                response.json().get("token").asText(),
                response.json().path("refresh_token").asText(null));
    }

    private static ApiResponse refresh(String refreshToken) {
        return server.api
                .post(REFRESH)
                .json("{\"refresh_token\":\"" + refreshToken + "\"}")
                .send();
    }

    private static int listStatus(Signed signed) {
        return server.api
                .get("/api/" + signed.id() + "/tasks")
                .bearer(signed.token())
                .send()
                .status();
    }

    @Test
    void sign_up_returns_a_refresh_token_and_when_the_access_token_expires() {
        var response = server.api
                .post("/api/auth/sign-up/email")
                .json("{\"name\":\"Ann\",\"email\":\"ann-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse\"}")
                .send();

        assertThat(response.json().get("refresh_token").asText())
                .startsWith(response.json().at("/user/id").asText() + ".");
        assertThat(Instant.parse(response.json().get("expires_at").asText())).isAfter(Instant.now());
        assertThat(response.headers("Set-Cookie")).isEmpty();
    }

    @Test
    void a_refresh_rotates_the_refresh_token_and_answers_a_working_access_token() {
        Signed first = signUp();

        var response = refresh(first.refreshToken());
        Signed renewed = signed(response);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(renewed.id()).isEqualTo(first.id());
        assertThat(renewed.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(listStatus(renewed)).isEqualTo(200);
        assertThat(refresh(renewed.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void a_rotated_refresh_token_presented_again_after_its_successor_ends_the_whole_session() {
        Signed first = signUp();
        Signed renewed = signed(refresh(first.refreshToken()));
        Signed current = signed(refresh(renewed.refreshToken()));

        var reuse = refresh(first.refreshToken());

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.header("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(refresh(current.refreshToken()).status()).isEqualTo(401);
        assertThat(listStatus(current)).isEqualTo(401);
        assertThat(listStatus(first)).isEqualTo(401);
    }

    /** A refresh whose answer never arrived (a reload while it ran) is sent again with the same token. */
    @Test
    void a_refresh_sent_again_whose_first_answer_was_lost_renews_the_session() {
        Signed first = signUp();
        refresh(first.refreshToken()); // answered, but the answer never reached the browser

        Signed retried = signed(refresh(first.refreshToken()));

        assertThat(listStatus(retried)).isEqualTo(200);
        assertThat(refresh(retried.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void sign_out_refuses_the_sessions_access_and_refresh_tokens_at_once_and_leaves_other_sessions() {
        Signed phone = signUp();
        Signed laptop = signed(server.api
                .post("/api/auth/sign-in/email")
                .json("{\"email\":\"" + emailOf(phone) + "\",\"password\":\"correct horse\"}")
                .send());

        var signOut = server.api.post(SIGN_OUT).bearer(phone.token()).send();

        assertThat(signOut.status()).isEqualTo(204);
        assertThat(listStatus(phone)).isEqualTo(401);
        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(401);
        assertThat(listStatus(laptop)).isEqualTo(200);
        assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void sign_out_with_the_refresh_token_alone_ends_its_session() {
        Signed signed = signUp();

        var signOut = server.api
                .post(SIGN_OUT)
                .json("{\"refresh_token\":\"" + signed.refreshToken() + "\"}")
                .send();

        assertThat(signOut.status()).isEqualTo(204);
        assertThat(listStatus(signed)).isEqualTo(401);
        assertThat(refresh(signed.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void sign_out_with_a_bearer_token_and_another_sessions_refresh_token_ends_both() {
        Signed one = signUp();
        Signed other = signed(refresh(signUp().refreshToken()));

        var signOut = server.api
                .post(SIGN_OUT)
                .bearer(one.token())
                .json("{\"refresh_token\":\"" + other.refreshToken() + "\"}")
                .send();

        assertThat(signOut.status()).isEqualTo(204);
        assertThat(listStatus(one)).isEqualTo(401);
        assertThat(listStatus(other)).isEqualTo(401);
        assertThat(server.api.post(SIGN_OUT).bearer(one.token()).send().status())
                .as("the bearer token of an ended session is no longer accepted, not even to sign out")
                .isEqualTo(401);
    }

    @Test
    void sign_out_without_any_token_is_401_and_with_a_sessionless_token_is_204() {
        assertThat(server.api.post(SIGN_OUT).send().status()).isEqualTo(401);
        assertThat(server.api.post(SIGN_OUT).bearer("forged").send().status()).isEqualTo(401);
        assertThat(server.api
                        .post(SIGN_OUT)
                        .bearer(server.tokens.tokenFor("external-user"))
                        .send()
                        .status())
                .isEqualTo(204);
    }

    @Test
    void malformed_and_unknown_refresh_tokens_are_401_and_change_nothing() {
        Signed signed = signUp();
        for (String body : new String[] {
            "{}",
            "{\"refresh_token\":\"\"}",
            "{\"refresh_token\":\"garbage\"}",
            "{\"refresh_token\":\"" + signed.id() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}",
            "{\"refresh_token\":42}"
        }) {
            var response = server.api.post(REFRESH).json(body).send();
            assertThat(response.status()).as(body).isIn(400, 401);
            assertThat(response.header("Content-Type").orElseThrow()).as(body).contains("application/problem+json");
        }
        assertThat(server.api.post(REFRESH).send().status()).isEqualTo(401);
        assertThat(refresh(signed.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void with_the_cookie_preference_the_refresh_token_travels_only_in_an_http_only_strict_cookie() {
        var signUp = server.api
                .post("/api/auth/sign-up/email")
                .header("Prefer", COOKIE_PREFERENCE)
                .json("{\"name\":\"Cleo\",\"email\":\"cleo-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse\"}")
                .send();
        String cookie = cookieValue(signUp);

        assertThat(signUp.json().has("refresh_token")).isFalse();
        assertThat(signUp.header("Preference-Applied")).contains(COOKIE_PREFERENCE);
        assertThat(signUp.header("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Strict", "Path=/api/auth", "Max-Age=2592000")
                .doesNotContain("Secure");

        var refreshed = server.api
                .post(REFRESH)
                .header("Cookie", "todo_refresh=" + cookie)
                .send();
        String rotated = cookieValue(refreshed);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().has("refresh_token")).isFalse();
        assertThat(rotated).isNotEqualTo(cookie).isNotEmpty();

        var signOut = server.api
                .post(SIGN_OUT)
                .header("Cookie", "todo_refresh=" + rotated)
                .send();
        assertThat(signOut.status()).isEqualTo(204);
        assertThat(signOut.header("Set-Cookie").orElseThrow()).contains("todo_refresh=;", "Max-Age=0");
        var after = server.api
                .post(REFRESH)
                .header("Cookie", "todo_refresh=" + rotated)
                .send();
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    }

    @Test
    void the_cookie_is_secure_when_the_request_came_over_https_through_a_proxy() {
        var signUp = server.api
                .post("/api/auth/sign-up/email")
                .header("Prefer", COOKIE_PREFERENCE)
                .header("X-Forwarded-Proto", "https")
                .json("{\"name\":\"Dee\",\"email\":\"dee-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse\"}")
                .send();

        assertThat(signUp.header("Set-Cookie").orElseThrow()).contains("; Secure");
    }

    private static String cookieValue(ApiResponse response) {
        String header = response.header("Set-Cookie").orElseThrow();
        assertThat(header).startsWith("todo_refresh=");
        return header.substring("todo_refresh=".length(), header.indexOf(';'));
    }

    private static String emailOf(Signed signed) {
        return server.api
                .get("/api/auth/me")
                .bearer(signed.token())
                .send()
                .json()
                .get("email")
                .asText();
    }
}

package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.domain.user.Email;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import dev.todo.domain.user.UserName;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthEndpointsTest {
    private static final String SIGN_UP = "/api/auth/sign-up/email";
    private static final String SIGN_IN = "/api/auth/sign-in/email";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sign_up_answers_201_with_a_token_and_the_user() {
        var response = server.api
                .post(SIGN_UP)
                .json("{\"name\":\" Carol \",\"email\":\"Carol@Example.COM\",\"password\":\"long enough\","
                        + "\"callbackURL\":\"/\",\"rememberMe\":true}")
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().at("/user/email").asText()).isEqualTo("carol@example.com");
        assertThat(response.json().at("/user/name").asText()).isEqualTo("Carol");
        assertThat(response.json().get("token").asText()).isNotBlank();
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void sign_up_refuses_common_and_leaked_passwords_and_lone_surrogates_naming_the_field() {
        for (String password : new String[] {"password", "PASSWORD1", "iloveyou", "qwertyuiop", "abcdefg\\ud800"}) {
            var response = server.api
                    .post(SIGN_UP)
                    .json("{\"name\":\"Mallory\",\"email\":\"mallory@example.com\",\"password\":\"" + password + "\"}")
                    .send();

            assertThat(response.status()).as(password).isEqualTo(422);
            assertThat(response.errorFields()).as(password).containsExactly("password");
        }
        // a lone surrogate and its neighbour would otherwise hash alike; a whole pair is fine
        assertThat(server.api
                        .post(SIGN_UP)
                        .json("{\"name\":\"Mallory\",\"email\":\"mallory@example.com\","
                                + "\"password\":\"abcdefg\\ud83d\\udd11\"}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void sign_up_refuses_a_taken_email_in_any_case_and_invalid_fields() {
        server.signUp("Dave", "dave@example.com");

        var taken = server.api
                .post(SIGN_UP)
                .json("{\"name\":\"D\",\"email\":\"DAVE@example.com\",\"password\":\"long enough\"}")
                .send();
        var invalid = server.api
                .post(SIGN_UP)
                .json("{\"name\":\"\",\"email\":\"nope\",\"password\":\"short\"}")
                .send();
        var wrongType = server.api
                .post(SIGN_UP)
                .json("{\"name\":1,\"email\":\"e@x.io\",\"password\":\"long enough\"}")
                .send();

        assertThat(taken.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("name", "email", "password");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("name");
    }

    @Test
    void sign_in_answers_200_for_the_right_password_and_the_same_401_otherwise() {
        var erin = server.signUp("Erin", "erin@example.com");

        var ok = server.api
                .post(SIGN_IN)
                .json("{\"email\":\"ERIN@example.com\",\"password\":\"correct horse\"}")
                .send();
        var wrong = server.api
                .post(SIGN_IN)
                .json("{\"email\":\"erin@example.com\",\"password\":\"wrong horse\"}")
                .send();
        var unknown = server.api
                .post(SIGN_IN)
                .json("{\"email\":\"who@example.com\",\"password\":\"correct horse\"}")
                .send();
        var malformed = server.api.post(SIGN_IN).json("{\"email\":5}").send();

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().at("/user/id").asText()).isEqualTo(erin.id());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(malformed.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body()).isEqualTo(malformed.body());
    }

    @Test
    void me_returns_the_stored_user_or_the_profile_of_an_external_token() {
        var frank = server.signUp("Frank", "frank@example.com");
        var external = User.rehydrate(
                UserId.of("ext|42"),
                Email.of("ext@example.org"),
                UserName.of("Ext"),
                Instant.parse("2024-05-01T00:00:00Z"));

        var own = server.api.get("/api/auth/me").bearer(frank.token()).send();
        var theirs = server.api
                .get("/api/auth/me")
                .bearer(server.tokens.externalToken(external))
                .send();

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("email").asText()).isEqualTo("frank@example.com");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("id").asText()).isEqualTo("ext|42");
        assertThat(theirs.json().get("created_at").asText()).isEqualTo("2024-05-01T00:00:00Z");
    }

    @Test
    void me_is_401_without_a_token_and_with_a_bad_one() {
        var none = server.api.get("/api/auth/me").send();
        var basic = server.api
                .get("/api/auth/me")
                .header("Authorization", "Basic dXNlcjpwdw==")
                .send();
        var forged = server.api.get("/api/auth/me").bearer("forged").send();
        var expired = server.api
                .get("/api/auth/me")
                .bearer(server.tokens.expiredToken("u1"))
                .send();

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).contains("Bearer realm=\"todo\"");
        assertThat(basic.status()).isEqualTo(401);
        for (var response : new ApiResponse[] {forged, expired}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"todo\", error=\"invalid_token\"");
        }
    }

    @Test
    void me_answers_for_a_user_known_only_by_a_token_with_the_id_alone() {
        var response = server.api
                .get("/api/auth/me")
                .bearer(server.tokens.tokenFor("shared-secret-user"))
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asText()).isEqualTo("shared-secret-user");
        assertThat(response.json().get("email").isNull()).isTrue();
        assertThat(response.json().get("name").isNull()).isTrue();
        assertThat(response.json().get("created_at").isNull()).isTrue();
    }

    @Test
    void task_endpoints_need_a_valid_token() {
        String path = "/api/u1/tasks";
        var none = server.api.get(path).send();
        var expired = server.api
                .post(path)
                .bearer(server.tokens.expiredToken("u1"))
                .json("{\"title\":\"x\"}")
                .send();
        var forged = server.api.delete(path + "/1").bearer("forged").send();
        var empty = server.api
                .put(path + "/1")
                .header("Authorization", "Bearer ")
                .json("{\"title\":\"x\"}")
                .send();
        var patch = server.api.patch(path + "/1/complete").send();
        var get = server.api.get(path + "/1").send();

        assertThat(none.header("WWW-Authenticate")).contains("Bearer realm=\"todo\"");
        for (var response : new ApiResponse[] {none, expired, forged, empty, patch, get}) {
            assertThat(response.status()).isEqualTo(401);
        }
        assertThat(expired.header("WWW-Authenticate")).contains("Bearer realm=\"todo\", error=\"invalid_token\"");
    }

    @Test
    void a_user_known_only_by_token_owns_tasks_without_signing_up() {
        String token = server.tokens.tokenFor("external-7");

        var created = server.api
                .post("/api/external-7/tasks")
                .bearer(token)
                .json("{\"title\":\"x\"}")
                .send();

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void a_saturated_password_hasher_is_a_503_with_retry_after() {
        server.hasher.busy(true);
        try {
            var response = server.api
                    .post(SIGN_UP)
                    .json("{\"name\":\"G\",\"email\":\"g@example.com\",\"password\":\"long enough\"}")
                    .send();

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Retry-After")).contains("2");
        } finally {
            server.hasher.busy(false);
        }
    }

    @Test
    void jwks_is_published() {
        var response = server.api.get("/api/auth/jwks").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/keys/0/kid").asText()).isEqualTo("k1");
    }
}

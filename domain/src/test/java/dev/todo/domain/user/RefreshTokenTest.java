package dev.todo.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefreshTokenTest {
    private final UserId ada = UserId.of("ada.lovelace@example");

    @Test
    void an_issued_token_names_its_user_and_parses_back_to_itself() {
        RefreshToken token = RefreshToken.issue(ada);

        assertThat(token.value())
                .startsWith("ada.lovelace@example.")
                .hasSize(ada.value().length() + 1 + 43);
        assertThat(RefreshToken.parse(token.value())).contains(token);
        assertThat(RefreshToken.parse(token.value()).orElseThrow().user()).isEqualTo(ada);
    }

    @Test
    void tokens_are_random_and_only_their_sha256_is_meant_to_be_stored() {
        RefreshToken first = RefreshToken.issue(ada);
        RefreshToken second = RefreshToken.issue(ada);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.hash()).hasSize(32).isNotEqualTo(second.hash()).isEqualTo(first.hash());
        assertThat(first.toString())
                .doesNotContain(first.value().substring(first.value().lastIndexOf('.') + 1));
    }

    @Test
    void text_without_the_shape_of_a_token_is_not_one() {
        String secret = "A".repeat(43);
        assertThat(RefreshToken.parse(null)).isEmpty();
        assertThat(RefreshToken.parse("")).isEmpty();
        assertThat(RefreshToken.parse("." + secret)).isEmpty();
        assertThat(RefreshToken.parse("ada." + secret.substring(1))).isEmpty();
        assertThat(RefreshToken.parse("ada." + secret + "A")).isEmpty();
        assertThat(RefreshToken.parse("a da." + secret)).isEmpty();
        assertThat(RefreshToken.parse("ada." + "A".repeat(42) + "=")).isEmpty();
        assertThat(RefreshToken.parse("ada." + secret)).isPresent();
    }
}

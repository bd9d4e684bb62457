package dev.todo.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.ValidationException;
import org.junit.jupiter.api.Test;

class UserValuesTest {
    @Test
    void emails_are_normalised_and_checked() {
        assertThat(Email.of("  Ada.Lovelace@Example.COM ").value()).isEqualTo("ada.lovelace@example.com");
        assertThatThrownBy(() -> Email.of("no-at-sign")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Email.of("a@b")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Email.of("a b@example.com")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Email.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void passwords_are_8_to_128_characters_used_whole_and_never_printed() {
        assertThat(Password.of("  spaces kept  ").value()).isEqualTo("  spaces kept  ");
        assertThat(Password.of("🔑".repeat(128)).value()).hasSize(256);
        assertThatThrownBy(() -> Password.of("short")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Password.of("x".repeat(129))).isInstanceOf(ValidationException.class);
        assertThat(Password.of("correct horse").toString()).doesNotContain("horse");
    }

    @Test
    void a_password_with_a_lone_surrogate_is_refused_naming_the_field() {
        // encoded to UTF-8 both would become the same bytes ("?"), so two passwords would be one
        for (String lone : new String[] {"abcdefg\uD800", "abcdefg\uDFFF", "\uDC00abcdefgh", "ab\uDBFFcdefgh"}) {
            assertThatThrownBy(() -> Password.of(lone))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .containsExactly("password"));
        }
        assertThat(Password.of("abcdefg\uD83D\uDD11").value()).endsWith("🔑");
    }

    @Test
    void user_ids_are_opaque_url_safe_strings() {
        assertThat(UserId.random().value()).hasSize(32).matches("[A-Za-z0-9]{32}");
        assertThat(UserId.of("auth0|abc-123").value()).isEqualTo("auth0|abc-123");
        assertThatThrownBy(() -> UserId.of("a/b")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> UserId.of("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> UserId.of("x".repeat(129))).isInstanceOf(ValidationException.class);
    }

    @Test
    void names_are_trimmed_single_lines() {
        assertThat(UserName.of("  Ada ").value()).isEqualTo("Ada");
        assertThatThrownBy(() -> UserName.of("A\nB")).isInstanceOf(ValidationException.class);
    }
}

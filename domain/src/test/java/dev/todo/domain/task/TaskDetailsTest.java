package dev.todo.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.FieldViolation;
import dev.todo.domain.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskDetailsTest {
    @Test
    void trims_and_normalises_input() {
        var details = TaskDetails.parse(
                "  Buy milk  ", "  two litres \n", "high", null, List.of(" Home ", "home", "ERRANDS"));

        assertThat(details.title().value()).isEqualTo("Buy milk");
        assertThat(details.description()).contains(new Description("two litres"));
        assertThat(details.priority()).contains(Priority.HIGH);
        assertThat(details.dueAt()).isEmpty();
        assertThat(details.tags().codes()).containsExactly("home", "errands");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200B",
                "\u200C\u200D",
                "\u2060",
                "\uFEFF",
                " \u200B\u00AD ",
                "\u034F",
                "\u3164",
                "\uFE0F",
                "\uDB40\uDC20"
            })
    void a_title_of_invisible_characters_only_is_blank(String invisible) {
        assertThatThrownBy(() -> Title.of(invisible))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new FieldViolation("title", "must not be blank")));
        assertThat(Title.of(invisible + "a").value()).endsWith("a");
    }

    @Test
    void blank_description_means_none() {
        assertThat(TaskDetails.parse("t", "   ", null, null, null).description())
                .isEmpty();
    }

    @Test
    void reports_every_invalid_field_at_once() {
        assertThatThrownBy(() -> TaskDetails.parse(
                        " ", "x".repeat(1001), "urgent", Instant.parse("1800-01-01T00:00:00Z"), List.of("a b")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("title", "description", "priority", "due_at", "tags"));
    }

    @Test
    void title_length_counts_characters_not_utf16_units() {
        assertThat(Title.of("𝄞".repeat(200)).value()).hasSize(400);
        assertThatThrownBy(() -> Title.of("a".repeat(201))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Title.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void titles_are_single_lines_without_control_characters() {
        assertThatThrownBy(() -> Title.of("two\nlines")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Title.of("bell\u0007")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Title.of("lone \uD800 surrogate")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Title.of("tab\there")).isInstanceOf(ValidationException.class);
    }

    @Test
    void descriptions_keep_line_breaks_but_refuse_other_control_characters() {
        assertThat(Description.ofNullable("a\nb\tc")).contains(new Description("a\nb\tc"));
        assertThatThrownBy(() -> Description.ofNullable("nul\u0000")).isInstanceOf(ValidationException.class);
    }

    @Test
    void tags_are_bounded_in_count_length_and_alphabet() {
        assertThat(Tags.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").values())
                .hasSize(10);
        assertThatThrownBy(() -> Tags.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Tag.of("x".repeat(33))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Tag.of("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Tag.of("<b>")).isInstanceOf(ValidationException.class);
        assertThat(Tag.of(" Größe_2-b ").value()).isEqualTo("größe_2-b");
    }

    @Test
    void due_times_are_bounded_and_kept_to_the_microsecond() {
        var details = TaskDetails.titled("t").withDueAt(Instant.parse("2026-01-01T00:00:00.123456789Z"));
        assertThat(details.dueAt()).contains(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThatThrownBy(() -> TaskDetails.titled("t").withDueAt(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void priorities_parse_only_their_lowercase_codes() {
        assertThat(Priority.parseNullable("medium")).contains(Priority.MEDIUM);
        assertThat(Priority.parseNullable(null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Priority.parse("HIGH")).isInstanceOf(ValidationException.class);
    }
}

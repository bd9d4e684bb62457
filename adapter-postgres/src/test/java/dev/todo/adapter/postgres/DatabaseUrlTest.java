package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {
    @Test
    void reads_a_url_as_neon_prints_it() {
        var url = DatabaseUrl.parse("postgresql://alex:AbC123dEf@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb"
                + "?sslmode=require&channel_binding=require");

        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://ep-cool-darkness-123456.us-east-2.aws.neon.tech:5432/neondb");
        assertThat(url.user()).contains("alex");
        assertThat(url.password()).contains("AbC123dEf");
        assertThat(url.properties()).isEqualTo(Map.of("sslmode", "require", "channelBinding", "require"));
    }

    @Test
    void decodes_percent_encoded_credentials_and_database_name() {
        var url = DatabaseUrl.parse("postgres://us%65r%40corp:p%40ss%3Aw%2Frd+%C3%A9@db.example:6543/my%20db");

        assertThat(url.user()).contains("user@corp");
        assertThat(url.password()).contains("p@ss:w/rd+é");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/my+db");
    }

    @Test
    void takes_several_hosts_and_ipv6_addresses() {
        assertThat(DatabaseUrl.parse("postgresql://u@[::1]:5433,replica/app").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433,replica:5432/app");
    }

    @Test
    void allows_no_credentials_and_renames_libpq_parameters_for_the_driver() {
        var url = DatabaseUrl.parse(
                "postgresql://localhost/app?connect_timeout=3&application_name=todo&prepareThreshold=0");

        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
        assertThat(url.properties())
                .isEqualTo(Map.of("connectTimeout", "3", "ApplicationName", "todo", "prepareThreshold", "0"));
    }

    @Test
    void uses_a_jdbc_url_as_it_is() {
        var url = DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=u&password=secret");

        assertThat(url)
                .isEqualTo(new DatabaseUrl(
                        "jdbc:postgresql://db:5432/app?user=u&password=secret",
                        Optional.empty(),
                        Optional.empty(),
                        Map.of()));
    }

    @Test
    void never_shows_the_password() {
        var url = DatabaseUrl.parse("postgresql://alex:hunter2secret@db/app");
        var jdbc = DatabaseUrl.parse("jdbc:postgresql://db/app?password=hunter2secret");

        assertThat(url.toString()).doesNotContain("hunter2secret").contains("redacted");
        assertThat(jdbc.toString()).doesNotContain("hunter2secret");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''| it is empty",
                "mysql://u:hunter2secret@db/app | must start with postgresql://",
                "postgresql://u:hunter2secret@db | database name is missing",
                "postgresql://u:hunter2secret@db/ | database name is missing",
                "postgresql://u:hunter2secret@db:port/app | port must be a number",
                "postgresql://u:hunter2secret@db:70000/app | port must be a number",
                "postgresql://u:hunter2secret@/app | host is missing",
                "postgresql://u:hunter2secret%zz@db/app | password has an invalid percent-escape",
                "postgresql://u:hunter2secret%4@db/app | password has an incomplete percent-escape",
                "postgresql://u:hunter2#secret@db/app | '#' fragment",
                "postgresql://u:hunter2secret@db/app?sslmode | not of the form name=value",
                "postgresql://u:hunter2secret@db/app?a=1&a=2 | given twice",
                "postgresql://u:hunter2secret@d b/app | host holds characters",
            })
    void says_what_is_wrong_without_echoing_the_password(String url, String problem) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(InvalidDatabaseUrlException.class)
                .hasMessageContaining(problem)
                .message()
                .doesNotContain("hunter2")
                .doesNotContain("secret");
    }
}

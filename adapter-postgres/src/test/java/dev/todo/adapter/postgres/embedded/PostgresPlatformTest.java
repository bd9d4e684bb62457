package dev.todo.adapter.postgres.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which binaries each JVM's {@code os.name} and {@code os.arch} select, and that this build carries its own. */
class PostgresPlatformTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "Linux, amd64, postgres-linux-x86_64.txz",
        "Linux, x86_64, postgres-linux-x86_64.txz",
        "Linux, aarch64, postgres-linux-arm_64.txz",
        "Mac OS X, x86_64, postgres-darwin-x86_64.txz",
        "Mac OS X, aarch64, postgres-darwin-arm_64.txz",
        "Darwin, arm64, postgres-darwin-arm_64.txz",
    })
    void supported_platforms_name_their_archive(String osName, String osArch, String archive) {
        assertThat(PostgresPlatform.of(osName, osArch).map(PostgresPlatform::archiveName))
                .contains(archive);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Windows 11, amd64", "Linux, x86", "Linux, ppc64le", "Linux, arm", "FreeBSD, amd64", "SunOS, sparcv9"})
    void other_platforms_have_none(String osName, String osArch) {
        assertThat(PostgresPlatform.of(osName, osArch)).isEmpty();
    }

    @Test
    void this_build_carries_the_binaries_of_the_machine_it_runs_on() {
        Optional<PostgresPlatform> here = PostgresPlatform.current();
        assertThat(here).isPresent();
        assertThat(PostgresBinaries.archiveOf(here.get())).isPresent();
    }
}

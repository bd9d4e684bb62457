package dev.todo.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.todo.adapter.http.archfixture.HttpAdapterUsingBootstrap;
import dev.todo.adapter.http.archfixture.HttpAdapterUsingPostgresAdapter;
import dev.todo.adapter.http.guard.archfixture.GuardUsingRestApi;
import dev.todo.adapter.http.identity.archfixture.IdentityUsingJavalin;
import dev.todo.adapter.postgres.archfixture.AdapterUsingService;
import dev.todo.adapter.postgres.archfixture.PostgresAdapterUsingHttpAdapter;
import dev.todo.adapter.postgres.archfixture.RepositoryUsingRecurrenceLibrary;
import dev.todo.application.archfixture.ApplicationUsingAdapter;
import dev.todo.application.archfixture.ApplicationUsingJdbi;
import dev.todo.application.port.archfixture.PortUsingService;
import dev.todo.application.service.archfixture.ServiceUsingInMemoryRepository;
import dev.todo.archfixture.cycle.First;
import dev.todo.domain.archfixture.DomainUsingJackson;
import dev.todo.domain.archfixture.DomainUsingLogging;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every layering rule can fail: each is evaluated on a deliberately violating fixture
 * class (test sources only, so the production check stays clean) and must report that class.
 */
class ArchitectureRulesBiteTest {
    private static final String NOTHING_MORE = "";

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(
                        "domain_depends_on_java_only",
                        ArchitectureRules.domain_depends_on_java_only,
                        DomainUsingLogging.class,
                        NOTHING_MORE),
                Arguments.of(
                        "core_uses_no_framework (domain)",
                        ArchitectureRules.core_uses_no_framework,
                        DomainUsingJackson.class,
                        NOTHING_MORE),
                Arguments.of(
                        "application_depends_on_domain_only",
                        ArchitectureRules.application_depends_on_domain_only,
                        ApplicationUsingAdapter.class,
                        NOTHING_MORE),
                Arguments.of(
                        "core_uses_no_framework (application)",
                        ArchitectureRules.core_uses_no_framework,
                        ApplicationUsingJdbi.class,
                        NOTHING_MORE),
                Arguments.of(
                        "http_adapter_does_not_depend_on_postgres_adapter",
                        ArchitectureRules.http_adapter_does_not_depend_on_postgres_adapter,
                        HttpAdapterUsingPostgresAdapter.class,
                        NOTHING_MORE),
                Arguments.of(
                        "postgres_adapter_does_not_depend_on_http_adapter",
                        ArchitectureRules.postgres_adapter_does_not_depend_on_http_adapter,
                        PostgresAdapterUsingHttpAdapter.class,
                        NOTHING_MORE),
                Arguments.of(
                        "nothing_depends_on_bootstrap",
                        ArchitectureRules.nothing_depends_on_bootstrap,
                        HttpAdapterUsingBootstrap.class,
                        NOTHING_MORE),
                Arguments.of(
                        "ports_do_not_depend_on_services",
                        ArchitectureRules.ports_do_not_depend_on_services,
                        PortUsingService.class,
                        NOTHING_MORE),
                Arguments.of(
                        "services_and_ports_do_not_use_in_memory_adapters",
                        ArchitectureRules.services_and_ports_do_not_use_in_memory_adapters,
                        ServiceUsingInMemoryRepository.class,
                        NOTHING_MORE),
                Arguments.of(
                        "adapters_do_not_use_services",
                        ArchitectureRules.adapters_do_not_use_services,
                        AdapterUsingService.class,
                        NOTHING_MORE),
                Arguments.of(
                        "recurrence_library_stays_behind_its_port",
                        ArchitectureRules.recurrence_library_stays_behind_its_port,
                        RepositoryUsingRecurrenceLibrary.class,
                        NOTHING_MORE),
                Arguments.of("no_package_cycles", ArchitectureRules.no_package_cycles, First.class, NOTHING_MORE),
                Arguments.of(
                        "identity_uses_no_web_framework",
                        ArchitectureRules.identity_uses_no_web_framework,
                        IdentityUsingJavalin.class,
                        NOTHING_MORE),
                Arguments.of(
                        "http_adapter_packages_depend_downward",
                        ArchitectureRules.http_adapter_packages_depend_downward,
                        GuardUsingRestApi.class,
                        // layers see only imported classes: the accessed handler must be imported too
                        "dev.todo.adapter.http.rest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void the_rule_reports_its_violating_fixture(String name, ArchRule rule, Class<?> violator, String alsoImport) {
        // the fixture's package and its subpackages (the cycle fixture spans both)
        JavaClasses classes = alsoImport.isEmpty()
                ? new ClassFileImporter().importPackages(violator.getPackageName())
                : new ClassFileImporter().importPackages(violator.getPackageName(), alsoImport);

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(violator.getName()));
    }

    @Test
    void every_rule_has_a_violating_fixture() throws IllegalAccessException {
        Set<Object> bitten = violations().map(arguments -> arguments.get()[1]).collect(Collectors.toSet());
        List<String> rules = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (Field field : ArchitectureRules.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ArchTest.class)) {
                rules.add(field.getName());
                if (!bitten.contains(field.get(null))) {
                    untested.add(field.getName());
                }
            }
        }

        assertThat(rules).as("the rules ArchitectureTest collects").isNotEmpty();
        assertThat(untested).as("rules without a fixture showing they fail").isEmpty();
    }
}

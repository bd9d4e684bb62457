package dev.todo.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.todo.adapter.http.archfixture.HttpAdapterUsingBootstrap;
import dev.todo.adapter.http.archfixture.HttpAdapterUsingPostgresAdapter;
import dev.todo.adapter.postgres.archfixture.PostgresAdapterUsingHttpAdapter;
import dev.todo.application.archfixture.ApplicationUsingAdapter;
import dev.todo.application.archfixture.ApplicationUsingJdbi;
import dev.todo.application.port.archfixture.PortUsingService;
import dev.todo.application.service.archfixture.ServiceUsingInMemoryRepository;
import dev.todo.domain.archfixture.DomainUsingJackson;
import dev.todo.domain.archfixture.DomainUsingLogging;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every layering rule can fail: each is evaluated on a deliberately violating fixture
 * class (test sources only, so the production check stays clean) and must report that class.
 */
class ArchitectureRulesBiteTest {
    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(
                        "domain_depends_on_java_only",
                        ArchitectureRules.domain_depends_on_java_only,
                        DomainUsingLogging.class),
                Arguments.of(
                        "core_uses_no_framework (domain)",
                        ArchitectureRules.core_uses_no_framework,
                        DomainUsingJackson.class),
                Arguments.of(
                        "application_depends_on_domain_only",
                        ArchitectureRules.application_depends_on_domain_only,
                        ApplicationUsingAdapter.class),
                Arguments.of(
                        "core_uses_no_framework (application)",
                        ArchitectureRules.core_uses_no_framework,
                        ApplicationUsingJdbi.class),
                Arguments.of(
                        "http_adapter_does_not_depend_on_postgres_adapter",
                        ArchitectureRules.http_adapter_does_not_depend_on_postgres_adapter,
                        HttpAdapterUsingPostgresAdapter.class),
                Arguments.of(
                        "postgres_adapter_does_not_depend_on_http_adapter",
                        ArchitectureRules.postgres_adapter_does_not_depend_on_http_adapter,
                        PostgresAdapterUsingHttpAdapter.class),
                Arguments.of(
                        "nothing_depends_on_bootstrap",
                        ArchitectureRules.nothing_depends_on_bootstrap,
                        HttpAdapterUsingBootstrap.class),
                Arguments.of(
                        "ports_do_not_depend_on_services",
                        ArchitectureRules.ports_do_not_depend_on_services,
                        PortUsingService.class),
                Arguments.of(
                        "services_and_ports_do_not_use_in_memory_adapters",
                        ArchitectureRules.services_and_ports_do_not_use_in_memory_adapters,
                        ServiceUsingInMemoryRepository.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void the_rule_reports_its_violating_fixture(String name, ArchRule rule, Class<?> violator) {
        JavaClasses classes = new ClassFileImporter().importPackages(violator.getPackageName());

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(violator.getName()));
    }
}

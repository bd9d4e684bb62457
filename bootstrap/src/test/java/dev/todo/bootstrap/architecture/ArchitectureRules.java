package dev.todo.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The layering of the hexagon and of the HTTP adapter, as rules. {@link ArchitectureTest} checks every
 * {@code @ArchTest} field here against the production classes; {@link ArchitectureRulesBiteTest} shows
 * each one failing on a deliberate violation (and fails itself if a rule has no such fixture).
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    @ArchTest
    static final ArchRule domain_depends_on_java_only = ArchRuleDefinition.classes()
            .that()
            .resideInAPackage("dev.todo.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.todo.domain..")
            .as("the domain depends on java.* only");

    @ArchTest
    static final ArchRule application_depends_on_domain_only = ArchRuleDefinition.classes()
            .that()
            .resideInAPackage("dev.todo.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.todo.domain..", "dev.todo.application..")
            .as("the application depends on the domain (and java.*) only");

    @ArchTest
    static final ArchRule core_uses_no_framework = noClasses()
            .that()
            .resideInAnyPackage("dev.todo.domain..", "dev.todo.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.javalin..",
                    "org.jdbi..",
                    "com.fasterxml.jackson..",
                    "com.auth0..",
                    "com.zaxxer..",
                    "org.flywaydb..")
            .as("domain and application use no Javalin, JDBI, Jackson, java-jwt, Hikari or Flyway type");

    @ArchTest
    static final ArchRule http_adapter_does_not_depend_on_postgres_adapter = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter.http..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.adapter.postgres..")
            .as("the HTTP adapter does not depend on the PostgreSQL adapter");

    @ArchTest
    static final ArchRule postgres_adapter_does_not_depend_on_http_adapter = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter.postgres..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.adapter.http..")
            .as("the PostgreSQL adapter does not depend on the HTTP adapter");

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("dev.todo.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.bootstrap..")
            .as("nothing but bootstrap depends on bootstrap");

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = noClasses()
            .that()
            .resideInAPackage("dev.todo.application.port..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.application.service..")
            .as("ports do not depend on services");

    @ArchTest
    static final ArchRule services_and_ports_do_not_use_in_memory_adapters = noClasses()
            .that()
            .resideInAnyPackage("dev.todo.application.port..", "dev.todo.application.service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.application.memory..")
            .as("ports and services do not use the in-memory adapters (they ship for embedders and tests only)");

    @ArchTest
    static final ArchRule adapters_do_not_use_services = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.application.service..")
            .as("adapters use the application through its ports only, never its services");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("dev.todo.(**)").should().beFreeOfCycles().as("no cycles between packages");

    @ArchTest
    static final ArchRule recurrence_library_stays_behind_its_port = noClasses()
            .that()
            .resideOutsideOfPackage("dev.todo.adapter.postgres.recurrence..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.dmfs..")
            .as("the recurrence library (dmfs lib-recur) is used only by the expander behind RecurrenceExpander");

    @ArchTest
    static final ArchRule identity_uses_no_web_framework = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter.http.identity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
            .as("identity (tokens, keys, passwords) knows nothing of Javalin, servlets or Jetty");

    /**
     * Inside the HTTP adapter dependencies point downward only: the server assembles the REST API, the web
     * UI and the guards; the API uses guards and problem responses; everything may use identity.
     */
    @ArchTest
    static final ArchRule http_adapter_packages_depend_downward = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("server")
            .definedBy("dev.todo.adapter.http")
            .layer("rest")
            .definedBy("dev.todo.adapter.http.rest..")
            .layer("web")
            .definedBy("dev.todo.adapter.http.web..")
            .layer("guard")
            .definedBy("dev.todo.adapter.http.guard..")
            .layer("problem")
            .definedBy("dev.todo.adapter.http.problem..")
            .layer("identity")
            .definedBy("dev.todo.adapter.http.identity..")
            .whereLayer("server")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("rest")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("guard")
            .mayOnlyBeAccessedByLayers("server", "rest")
            .whereLayer("problem")
            .mayOnlyBeAccessedByLayers("server", "rest", "guard")
            .whereLayer("identity")
            .mayOnlyBeAccessedByLayers("server", "rest", "problem")
            .as("the HTTP adapter's packages depend downward only: server → rest, web → guard → problem → identity");
}

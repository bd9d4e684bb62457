package dev.todo.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/** The layering of the hexagon, as rules. Each one is shown to fail on a deliberate violation. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    static final ArchRule domain_depends_on_java_only = ArchRuleDefinition.classes()
            .that()
            .resideInAPackage("dev.todo.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.todo.domain..")
            .as("the domain depends on java.* only");

    static final ArchRule application_depends_on_domain_only = ArchRuleDefinition.classes()
            .that()
            .resideInAPackage("dev.todo.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.todo.domain..", "dev.todo.application..")
            .as("the application depends on the domain (and java.*) only");

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

    static final ArchRule http_adapter_does_not_depend_on_postgres_adapter = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter.http..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.adapter.postgres..")
            .as("the HTTP adapter does not depend on the PostgreSQL adapter");

    static final ArchRule postgres_adapter_does_not_depend_on_http_adapter = noClasses()
            .that()
            .resideInAPackage("dev.todo.adapter.postgres..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.adapter.http..")
            .as("the PostgreSQL adapter does not depend on the HTTP adapter");

    static final ArchRule nothing_depends_on_bootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("dev.todo.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.bootstrap..")
            .as("nothing but bootstrap depends on bootstrap");

    static final ArchRule ports_do_not_depend_on_services = noClasses()
            .that()
            .resideInAPackage("dev.todo.application.port..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.application.service..")
            .as("ports do not depend on services");

    static final ArchRule services_and_ports_do_not_use_in_memory_adapters = noClasses()
            .that()
            .resideInAnyPackage("dev.todo.application.port..", "dev.todo.application.service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.todo.application.memory..")
            .as("ports and services do not use the in-memory adapters (they ship for embedders and tests only)");
}

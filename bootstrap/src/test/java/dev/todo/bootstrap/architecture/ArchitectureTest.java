package dev.todo.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the production classes of every module against the layering rules. */
@AnalyzeClasses(
        packages = "dev.todo",
        importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class})
class ArchitectureTest {
    @ArchTest
    static final ArchRule domain_depends_on_java_only = ArchitectureRules.domain_depends_on_java_only;

    @ArchTest
    static final ArchRule application_depends_on_domain_only = ArchitectureRules.application_depends_on_domain_only;

    @ArchTest
    static final ArchRule core_uses_no_framework = ArchitectureRules.core_uses_no_framework;

    @ArchTest
    static final ArchRule http_adapter_does_not_depend_on_postgres_adapter =
            ArchitectureRules.http_adapter_does_not_depend_on_postgres_adapter;

    @ArchTest
    static final ArchRule postgres_adapter_does_not_depend_on_http_adapter =
            ArchitectureRules.postgres_adapter_does_not_depend_on_http_adapter;

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = ArchitectureRules.nothing_depends_on_bootstrap;

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = ArchitectureRules.ports_do_not_depend_on_services;

    @ArchTest
    static final ArchRule services_and_ports_do_not_use_in_memory_adapters =
            ArchitectureRules.services_and_ports_do_not_use_in_memory_adapters;
}

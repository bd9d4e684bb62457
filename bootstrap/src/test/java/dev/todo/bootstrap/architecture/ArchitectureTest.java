package dev.todo.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Checks the production classes of every module against every rule in {@link ArchitectureRules}. */
@AnalyzeClasses(
        packages = "dev.todo",
        importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class})
class ArchitectureTest {
    @ArchTest
    static final ArchTests all_rules = ArchTests.in(ArchitectureRules.class);
}

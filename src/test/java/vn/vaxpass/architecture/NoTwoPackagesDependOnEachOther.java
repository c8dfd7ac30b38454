package vn.vaxpass.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every package of the core, at any depth, is its own slice, and no two slices reach each other through
 * any path: a feature's subpackage may use its parent or its parent it, never both.
 */
@AnalyzeClasses(packages = "vn.vaxpass", importOptions = ImportOption.DoNotIncludeTests.class)
class NoTwoPackagesDependOnEachOther {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("vn.vaxpass.(**)").should().beFreeOfCycles();
}

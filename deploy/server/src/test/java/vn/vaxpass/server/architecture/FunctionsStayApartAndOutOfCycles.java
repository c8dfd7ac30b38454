package vn.vaxpass.server.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The whole application as the server loads it (the core, every function's resources, the shared HTTP and
 * messaging modules, the server itself): no two packages at any depth reach each other, and no function
 * uses another function's code, so each can be deployed alone.
 */
@AnalyzeClasses(packages = "vn.vaxpass",
        importOptions = { ImportOption.DoNotIncludeTests.class, FunctionsStayApartAndOutOfCycles.NoTestJars.class })
class FunctionsStayApartAndOutOfCycles {

    /** The test jars the server's tests use (fixtures of the core and the shared modules) are not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule noPackageCycleAnywhere = slices().matching("vn.vaxpass.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule functionsDoNotUseEachOther = slices().matching("vn.vaxpass.functions.(*)..")
            .should().notDependOnEachOther();
}

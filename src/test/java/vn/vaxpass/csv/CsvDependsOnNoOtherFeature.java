package vn.vaxpass.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Reading CSV is a step every import shares: it needs only the JDK, knows no import and no certificate, and does
 * not log, because the rows
 * it reads hold personal data.
 */
@AnalyzeClasses(packages = "vn.vaxpass.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class CsvDependsOnNoOtherFeature {

    @ArchTest
    static final ArchRule onlyTheJdk = classes().that().resideInAPackage("vn.vaxpass.csv..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.vaxpass.csv..", "java..");

    @ArchTest
    static final ArchRule noLogging = noClasses().that().resideInAPackage("vn.vaxpass.csv..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.jboss.logging..",
                    "org.slf4j..", "io.quarkus.logging..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger");
}

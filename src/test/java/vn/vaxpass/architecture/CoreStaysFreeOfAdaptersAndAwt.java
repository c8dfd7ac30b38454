package vn.vaxpass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core domain knows nothing of how it is deployed (Lambda, HTTP) and uses nothing native images
 * lack (AWT, ImageIO). The access model knows no feature: the features ask it.
 */
@AnalyzeClasses(packages = "vn.vaxpass", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreStaysFreeOfAdaptersAndAwt {

    @ArchTest
    static final ArchRule noLambdaTypes = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.amazonaws.services.lambda..", "io.quarkus.amazon.lambda..");

    @ArchTest
    static final ArchRule noHttpTypes = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "io.vertx.ext.web..", "org.jboss.resteasy..");

    @ArchTest
    static final ArchRule noAwt = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..");

    @ArchTest
    static final ArchRule identityDoesNotKnowCertificates = noClasses().that().resideInAPackage("vn.vaxpass.identity..")
            .should().dependOnClassesThat().resideInAPackage("vn.vaxpass.certificate..");

    @ArchTest
    static final ArchRule accessKnowsNoFeature = classes().that().resideInAPackage("vn.vaxpass.access..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("vn.vaxpass.access..", "vn.vaxpass.shared..", "java..");
}

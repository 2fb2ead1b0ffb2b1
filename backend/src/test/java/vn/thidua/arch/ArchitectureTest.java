package vn.thidua.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.thidua");

    @Test
    void servicesAndRepositoriesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchRepositoriesOrTheEntityManager() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().doNotHaveSimpleName("MeResource")
                .and().doNotHaveSimpleName("AuditResource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }

    @Test
    void onlyTheErrorPackageBuildsErrorResponses() {
        noClasses().that().resideOutsideOfPackage("vn.thidua.common..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.WebApplicationException")
                .check(CLASSES);
    }
}

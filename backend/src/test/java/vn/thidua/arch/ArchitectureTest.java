package vn.thidua.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/** The layering of ARCHITECTURE.md, checked on the compiled classes. No exemptions. */
class ArchitectureTest {

    private static final String BASE = "vn.thidua.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.thidua");

    /** A JAX-RS resource: a class annotated with {@code @Path}. */
    private static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe("resources (@Path)",
            c -> c.isAnnotatedWith(Path.class));

    /** One slice per feature package (unit, bloc, …) and per sub-package of common (common.error, common.web, …). */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(BASE)) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(BASE.length()).split("\\.");
            return SliceIdentifier.of(parts[0].equals("common") && parts.length > 1 ? "common." + parts[1] : parts[0]);
        }

        @Override
        public String getDescription() {
            return "features of vn.thidua and sub-packages of vn.thidua.common";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void servicesAndRepositoriesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void resourcesReachDataOnlyThroughServices() {
        noClasses().that(RESOURCES)
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void resourcesHoldNoTransactions() {
        noClasses().that(RESOURCES).should().beAnnotatedWith(Transactional.class).check(CLASSES);
        noMethods().that().areDeclaredInClassesThat(RESOURCES).should().beAnnotatedWith(Transactional.class)
                .orShould().beAnnotatedWith(vn.thidua.common.persistence.ReadOnly.class).check(CLASSES);
    }

    @Test
    void onlyTheErrorPackageBuildsErrorResponses() {
        noClasses().that().resideOutsideOfPackage("vn.thidua.common..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.WebApplicationException")
                .check(CLASSES);
    }
}

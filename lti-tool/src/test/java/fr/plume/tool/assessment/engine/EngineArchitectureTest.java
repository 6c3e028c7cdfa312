package fr.plume.tool.assessment.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays pure Java: no Spring, no SQL, and no I/O outside the simulator. */
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plume.tool.assessment.engine");

    @Test
    void dependsOnNeitherSpringNorSql() {
        noClasses().that().resideInAPackage("fr.plume.tool.assessment.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(ENGINE);
    }

    @Test
    void doesNoInputOutputOutsideTheSimulator() {
        noClasses().that().resideInAPackage("fr.plume.tool.assessment.engine..")
                .and().resideOutsideOfPackage("fr.plume.tool.assessment.engine.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(ENGINE);
    }

    @Test
    void theEngineIsNotEmpty() {
        org.assertj.core.api.Assertions.assertThat(ENGINE.size()).isGreaterThan(20);
    }
}

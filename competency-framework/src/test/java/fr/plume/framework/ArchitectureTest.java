package fr.plume.framework;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    private static final JavaClasses FRAMEWORK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plume.framework");

    @Test
    void frameworkModuleDependsOnNeitherSpringNorTheOtherPlumeModules() {
        assertThat(FRAMEWORK).isNotEmpty();
        noClasses().that().resideInAPackage("fr.plume.framework..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "fr.plume.sync..", "fr.plume.tool..")
                .check(FRAMEWORK);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("fr.plume.framework.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("fr.plume.framework.model..", "java..")
                .check(FRAMEWORK);
    }
}

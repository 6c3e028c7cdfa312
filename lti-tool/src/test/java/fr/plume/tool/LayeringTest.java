package fr.plume.tool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One shape for every application module (DESIGN §3): {@code api}, {@code application},
 * {@code domain}, {@code infra}, {@code web}. A module may group a feature in a sub-package
 * ({@code lti.ags}) that has the same five layers. These rules fail the build when a class sits
 * outside the layers or a layer reaches where it must not.
 */
class LayeringTest {

    static final String ROOT = "fr.plume.tool";
    static final Set<String> LAYERS = Set.of("api", "application", "domain", "infra", "web");

    private static final JavaClasses TOOL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The layer of a class of the tool, from the first layer name in its package below the module. */
    static Optional<String> layerOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String[] segments = pkg.substring(ROOT.length() + 1).split("\\.");
        for (int i = 1; i < segments.length; i++) {
            if (LAYERS.contains(segments[i])) {
                return Optional.of(segments[i]);
            }
            if (segments[i].equals("engine")) {
                return Optional.of("domain"); // assessment's engine: pure IRT/CAT/calibration (DESIGN §6)
            }
        }
        return Optional.empty();
    }

    static String moduleOf(JavaClass type) {
        return type.getPackageName().substring(ROOT.length() + 1).split("\\.")[0];
    }

    private static DescribedPredicate<JavaClass> inLayer(String layer) {
        return DescribedPredicate.describe("in the " + layer + " layer",
                type -> layerOf(type).filter(layer::equals).isPresent());
    }

    private static DescribedPredicate<JavaClass> moduleClass() {
        return DescribedPredicate.describe("of an application module",
                type -> type.getPackageName().startsWith(ROOT + ".") && !type.getSimpleName().equals("package-info"));
    }

    @Test
    void everyClassOfAModuleSitsInOneOfTheFiveLayers() {
        classes().that(moduleClass())
                .should(new ArchCondition<>("sit in api, application, domain, infra or web") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (layerOf(type).isEmpty()) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is in no layer"));
                        }
                    }
                })
                .check(TOOL);
    }

    @Test
    void theDomainIsPure() {
        noClasses().that(inLayer("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..", "com.fasterxml.jackson..", "java.net.http..")
                .orShould().dependOnClassesThat(inLayer("application"))
                .orShould().dependOnClassesThat(inLayer("infra"))
                .orShould().dependOnClassesThat(inLayer("web"))
                .check(TOOL);
    }

    @Test
    void applicationUsesNeitherAdaptersNorControllers() {
        noClasses().that(inLayer("application"))
                .should().dependOnClassesThat(inLayer("infra"))
                .orShould().dependOnClassesThat(inLayer("web"))
                // remote calls are adapters too
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.jdbc..")
                .check(TOOL);
    }

    @Test
    void adaptersDoNotCallUseCases() {
        noClasses().that(inLayer("infra"))
                .should().dependOnClassesThat(inLayer("application"))
                .check(TOOL);
    }

    @Test
    void webEntersThroughTheApplication() {
        noClasses().that(inLayer("web"))
                .should().dependOnClassesThat(inLayer("infra"))
                .check(TOOL);
    }

    @Test
    void adaptersDoNotCallControllers() {
        noClasses().that(inLayer("infra"))
                .should().dependOnClassesThat(inLayer("web"))
                .check(TOOL);
    }

    @Test
    void apiExposesNoInternals() {
        noClasses().that(inLayer("api"))
                .should().dependOnClassesThat(inLayer("infra"))
                .orShould().dependOnClassesThat(inLayer("web"))
                .check(TOOL);
    }

    @Test
    void otherModulesAreReachedThroughTheirApiOnly() {
        classes().that(moduleClass())
                .should(new ArchCondition<>("use only the api of other modules") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String module = moduleOf(type);
                        type.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            if (!target.getPackageName().startsWith(ROOT + ".") || target.isArray()) {
                                return;
                            }
                            String targetModule = moduleOf(target);
                            boolean foreign = !targetModule.equals(module) && !targetModule.equals("shared")
                                    && !target.getPackageName().equals(ROOT);
                            if (foreign && !layerOf(target).filter("api"::equals).isPresent()) {
                                events.add(SimpleConditionEvent.violated(type,
                                        dependency.getDescription() + " (not " + targetModule + "'s api)"));
                            }
                        });
                    }
                })
                .check(TOOL);
    }

    @Test
    void sqlAdaptersLiveInInfra() {
        classes().that().haveSimpleNameStartingWith("Jdbc").and(moduleClass())
                .should(new ArchCondition<>("be in the infra layer") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!layerOf(type).filter("infra"::equals).isPresent()) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is not in infra"));
                        }
                    }
                })
                .check(TOOL);
    }

    @Test
    void adaptersAreNamedByWhatTheyAreNotWhatTheyDo() {
        noClasses().that(inLayer("infra"))
                .should().haveSimpleNameStartingWith("Fetch")
                .orShould().haveSimpleNameStartingWith("Deliver")
                .orShould().haveSimpleNameStartingWith("Find")
                .orShould().haveSimpleNameStartingWith("Load")
                .orShould().haveSimpleNameStartingWith("Import")
                .orShould().haveSimpleNameStartingWith("Send")
                .orShould().haveSimpleNameStartingWith("Create")
                .orShould().haveSimpleNameStartingWith("Record")
                .orShould().haveSimpleNameStartingWith("Publish")
                .orShould().haveSimpleNameStartingWith("Start")
                .check(TOOL);
    }
}

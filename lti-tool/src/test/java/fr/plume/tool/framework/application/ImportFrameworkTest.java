package fr.plume.tool.framework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Problem;
import fr.plume.tool.framework.api.FrameworkImportRejected;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.domain.ImportOutcome;
import fr.plume.tool.framework.infra.JdbcFrameworkVersions;
import fr.plume.tool.support.TestFrameworks;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The framework module alone on the test PostgreSQL: imports are all or nothing, versions are immutable. */
@ApplicationModuleTest
@ActiveProfiles("test")
class ImportFrameworkTest {

    @Autowired
    ImportFramework importFramework;
    @Autowired
    Frameworks frameworks;
    @Autowired
    JdbcFrameworkVersions versions;

    private ImportOutcome importAs(FrameworkFormat format, byte[] file) {
        return importFramework.importFile(format, new ByteArrayInputStream(file), "test-admin");
    }

    @Test
    void storesANewVersionThatReadsBackAsTheSameFramework() {
        Framework framework = TestFrameworks.twoDomains("1.0.0");

        ImportOutcome outcome = importAs(FrameworkFormat.XLSX, FrameworkFormats.write(FrameworkFormat.XLSX, framework));

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.competencyCount()).isEqualTo(4);
        assertThat(outcome.code()).isEqualTo(framework.code());
        assertThat(frameworks.find(outcome.versionId()).orElseThrow().framework()).isEqualTo(framework);
        assertThat(frameworks.list()).filteredOn(s -> s.versionId().equals(outcome.versionId()))
                .singleElement().satisfies(summary -> {
                    assertThat(summary.sourceFormat()).isEqualTo("XLSX");
                    assertThat(summary.competencyCount()).isEqualTo(4);
                });
    }

    @Test
    void recognisesTheSameVersionImportedTwiceWhateverTheFormat() {
        Framework framework = TestFrameworks.twoDomains("2.0.0");
        ImportOutcome first = importAs(FrameworkFormat.CASE_JSON, FrameworkFormats.write(FrameworkFormat.CASE_JSON, framework));
        long before = versions.count();

        ImportOutcome again = importAs(FrameworkFormat.MOODLE_CSV, FrameworkFormats.write(FrameworkFormat.MOODLE_CSV, framework));

        assertThat(again.created()).isFalse();
        assertThat(again.versionId()).isEqualTo(first.versionId());
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void refusesAnotherContentUnderAnExistingVersionNumberAndSuggestsTheNextOne() {
        Framework original = TestFrameworks.twoDomains("3.0.0");
        importAs(FrameworkFormat.CASE_JSON, FrameworkFormats.write(FrameworkFormat.CASE_JSON, original));
        Framework changed = new Framework(original.idnumber(), original.code(), original.version(),
                new LocalizedText("Titre modifié", "Changed title"), original.description(), original.licence(),
                original.domains());
        long before = versions.count();

        assertThatThrownBy(() -> importAs(FrameworkFormat.CASE_JSON,
                FrameworkFormats.write(FrameworkFormat.CASE_JSON, changed)))
                .isInstanceOfSatisfying(FrameworkImportRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("FW-VERSION-CONFLICT");
                    assertThat(rejected.problems()).singleElement()
                            .satisfies(problem -> assertThat(problem.message()).contains("3.1.0"));
                });
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void refusesABrokenFileWithEveryProblemAndStoresNothing() {
        byte[] broken = TestFrameworks.moodleCsvWithTwoFaults();
        long before = versions.count();

        assertThatThrownBy(() -> importAs(FrameworkFormat.MOODLE_CSV, broken))
                .isInstanceOfSatisfying(FrameworkImportRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("FW-IMPORT-INVALID");
                    assertThat(rejected.problems()).hasSizeGreaterThanOrEqualTo(2)
                            .extracting(Problem::location).doesNotContainNull();
                });
        assertThat(versions.count()).isEqualTo(before);
    }
}

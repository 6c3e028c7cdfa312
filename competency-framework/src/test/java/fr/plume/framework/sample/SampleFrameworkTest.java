package fr.plume.framework.sample;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The sample "Référentiel Plume de l'écrit": its single source is the CASE JSON file; the CSV and XLSX next to it
 * are exports that must not drift. To regenerate them after editing the JSON:
 * {@code mvn -pl competency-framework test -Dtest=SampleFrameworkTest -Dplume.regenerate=true}
 */
class SampleFrameworkTest {

    static final String BASE_NAME = "referentiel-plume-ecrit";
    private static final String REGENERATE = "mvn -pl competency-framework test -Dtest=SampleFrameworkTest -Dplume.regenerate=true";

    private static Path directory;
    private static Framework source;

    @BeforeAll
    static void readSource() throws IOException {
        directory = sampleDirectory();
        ImportResult result = read(FrameworkFormat.CASE_JSON);
        assertThat(result.problems()).as("problems in the source").isEmpty();
        source = result.framework().orElseThrow();
        if (Boolean.getBoolean("plume.regenerate")) {
            Files.write(file(FrameworkFormat.MOODLE_CSV), FrameworkFormats.write(FrameworkFormat.MOODLE_CSV, source));
            Files.write(file(FrameworkFormat.XLSX), FrameworkFormats.write(FrameworkFormat.XLSX, source));
        }
    }

    @Test
    void isTheReferentielPlumeDeLEcritInVersionOne() {
        assertThat(source.code()).isEqualTo("PLUME-ECRIT");
        assertThat(source.version()).isEqualTo("1.0.0");
        assertThat(source.licence()).isEqualTo("CC-BY-SA-4.0");
        assertThat(source.title().fr()).isEqualTo("Référentiel Plume de l'écrit");
        assertThat(source.title().en()).isNotBlank();
    }

    @Test
    void hasFourDomainsOfFourCompetenciesWithTheAgreedCodesAndTitles() {
        assertThat(source.domains()).extracting(Domain::code, d -> d.title().fr()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Orthographe"),
                org.assertj.core.groups.Tuple.tuple("2", "Grammaire et syntaxe"),
                org.assertj.core.groups.Tuple.tuple("3", "Lexique"),
                org.assertj.core.groups.Tuple.tuple("4", "Compréhension et production de textes"));
        assertThat(source.allCompetencies()).extracting(Competency::code).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4");
        assertThat(source.competencyByCode("4.4").orElseThrow().title().fr())
                .isEqualTo("Adapter son écrit à la situation (universitaire, professionnelle)");
    }

    @Test
    void describesEachOfTheSixLevelsOfEveryCompetencyDistinctlyInFrenchAndEnglish() {
        List<LevelDescriptor> descriptors = source.allCompetencies().stream().flatMap(c -> c.levels().stream()).toList();
        assertThat(descriptors).hasSize(96);
        assertThat(source.allCompetencies()).allSatisfy(c ->
                assertThat(c.levels()).extracting(LevelDescriptor::level).containsExactly(1, 2, 3, 4, 5, 6));
        assertThat(descriptors).extracting(d -> d.text().fr()).doesNotHaveDuplicates().allSatisfy(text ->
                assertThat(text).endsWith(".").doesNotContain("  ", " ,", " .").hasSizeGreaterThan(30));
        assertThat(descriptors).extracting(d -> d.text().en()).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(source.allCompetencies()).allSatisfy(c -> {
            assertThat(c.title().en()).isNotBlank();
            assertThat(c.description().fr()).isNotBlank();
            assertThat(c.description().en()).isNotBlank();
        });
    }

    @Test
    void committedMoodleCsvIsExactlyTheExportOfTheSource() throws IOException {
        byte[] expected = FrameworkFormats.write(FrameworkFormat.MOODLE_CSV, source);
        byte[] committed = committed(FrameworkFormat.MOODLE_CSV);
        if (!Arrays.equals(expected, committed)) {
            fail(file(FrameworkFormat.MOODLE_CSV).getFileName() + " differs from the export of the CASE JSON source. "
                    + "Regenerate it with: " + REGENERATE);
        }
    }

    @Test
    void committedWorkbookHoldsExactlyTheSourceContent() throws IOException {
        committed(FrameworkFormat.XLSX);
        ImportResult workbook = read(FrameworkFormat.XLSX);
        assertThat(workbook.problems()).as("problems in the committed workbook; regenerate with: " + REGENERATE).isEmpty();
        assertThat(workbook.framework()).as("workbook content drifted from the CASE JSON source; regenerate with: " + REGENERATE)
                .contains(source);
    }

    @Test
    void committedExportsReadBackWithoutProblems() {
        assertThat(read(FrameworkFormat.MOODLE_CSV).framework()).contains(source);
    }

    private static byte[] committed(FrameworkFormat format) throws IOException {
        Path file = file(format);
        if (!Files.exists(file)) {
            fail(file.getFileName() + " is missing. Generate it with: " + REGENERATE);
        }
        return Files.readAllBytes(file);
    }

    private static ImportResult read(FrameworkFormat format) {
        try (InputStream in = Files.newInputStream(file(format))) {
            return FrameworkFormats.read(format, in);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file(format) + "; regenerate with: " + REGENERATE, e);
        }
    }

    static Path file(FrameworkFormat format) {
        return directory.resolve(BASE_NAME + format.fileExtension());
    }

    /** samples/framework of the repository, found from the module directory Maven runs tests in. */
    private static Path sampleDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples").resolve("framework");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("samples/framework not found above " + Path.of("").toAbsolutePath());
    }
}

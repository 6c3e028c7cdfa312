package fr.plume.framework.format;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkFormatsTest {

    @ParameterizedTest
    @EnumSource(FrameworkFormat.class)
    void readsBackExactlyWhatItWrote(FrameworkFormat format) {
        Framework framework = TestFrameworks.small();

        ImportResult result = FrameworkFormats.read(format, new ByteArrayInputStream(FrameworkFormats.write(format, framework)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.framework()).contains(framework);
        assertThat(result.framework().orElseThrow().competencyByCode("1.1").orElseThrow().title().fr())
                .endsWith(TestFrameworks.NON_BMP);
    }

    @ParameterizedTest
    @EnumSource(FrameworkFormat.class)
    void refusesAFileOverTheSizeCapWithoutReadingItAll(FrameworkFormat format) {
        CountingStream fiftyMegabytes = new CountingStream(50L * 1024 * 1024);

        ImportResult result = FrameworkFormats.read(format, fiftyMegabytes);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.TOO_LARGE);
            assertThat(problem.message()).contains("10 Mo");
        });
        assertThat(fiftyMegabytes.served).isLessThan(11L * 1024 * 1024);
    }

    @Test
    void appliesAConfiguredSizeCap() {
        byte[] content = FrameworkFormats.write(FrameworkFormat.CASE_JSON, TestFrameworks.small());
        ImportResult result = FrameworkFormats.read(FrameworkFormat.CASE_JSON, new ByteArrayInputStream(content), 1024);
        assertThat(result.problems()).extracting(Problem::message).singleElement().asString().contains("1 Ko");
        assertThat(FrameworkFormats.read(FrameworkFormat.CASE_JSON, new ByteArrayInputStream(content), content.length).ok()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(FrameworkFormat.class)
    void reportsAnEmptyFile(FrameworkFormat format) {
        ImportResult result = FrameworkFormats.read(format, InputStream.nullInputStream());
        assertThat(result.problems()).extracting(Problem::code).containsExactly(ProblemCodes.EMPTY_FILE);
    }

    @ParameterizedTest
    @EnumSource(FrameworkFormat.class)
    void reportsGarbageInsteadOfThrowing(FrameworkFormat format) {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        ImportResult result = FrameworkFormats.read(format, new ByteArrayInputStream(garbage));
        assertThat(result.ok()).isFalse();
        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
    }

    @Test
    void reportsAStreamThatFailsMidway() {
        InputStream broken = new InputStream() {
            public int read() throws IOException {
                throw new IOException("connexion perdue");
            }
        };
        assertThat(FrameworkFormats.read(FrameworkFormat.XLSX, broken).problems()).extracting(Problem::code)
                .containsExactly(ProblemCodes.UNREADABLE);
    }

    @Test
    void guessesTheFormatFromTheFileName() {
        assertThat(FrameworkFormat.fromFileName("referentiel.case.json")).contains(FrameworkFormat.CASE_JSON);
        assertThat(FrameworkFormat.fromFileName("EXPORT.JSON")).contains(FrameworkFormat.CASE_JSON);
        assertThat(FrameworkFormat.fromFileName("moodle.csv")).contains(FrameworkFormat.MOODLE_CSV);
        assertThat(FrameworkFormat.fromFileName("Saisie.XLSX ")).contains(FrameworkFormat.XLSX);
        assertThat(FrameworkFormat.fromFileName("ancien.xls")).isEmpty();
        assertThat(FrameworkFormat.fromFileName(null)).isEmpty();
        assertThat(FrameworkFormat.XLSX.fileExtension()).isEqualTo(".xlsx");
    }

    @Test
    void neverCarriesAFrameworkTogetherWithProblems() {
        Framework framework = TestFrameworks.small();
        Problem problem = new Problem("X", "", "non");
        assertThatThrownBy(() -> new ImportResult(Optional.of(framework), List.of(problem))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportResult(Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportResult.of(framework, List.of(problem)).framework()).isEmpty();
        assertThat(ImportResult.of(framework, List.of()).report().ok()).isTrue();
    }

    /** Serves zeros up to a size without holding them in memory, and counts what was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (int) (0 * served++) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            served += n;
            return n;
        }
    }
}

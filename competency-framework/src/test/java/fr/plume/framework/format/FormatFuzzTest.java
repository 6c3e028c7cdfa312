package fr.plume.framework.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.format.casejson.CaseJsonReader;
import fr.plume.framework.format.casejson.CaseJsonWriter;
import fr.plume.framework.format.csv.MoodleCsvReader;
import fr.plume.framework.format.csv.MoodleCsvWriter;
import fr.plume.framework.format.xlsx.XlsxReader;
import fr.plume.framework.format.xlsx.XlsxWriter;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The framework readers under generated hostile input (issue 18): each answers every variant with
 * an {@link ImportResult} (its problems are the documented refusal), never an exception, and
 * within a generous time per input. Seeded: a failure names the seed and index to replay.
 */
class FormatFuzzTest {

    private static final long SEED = 18L;
    private static final int INPUTS = 250;
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Duration PER_PARSER = Duration.ofSeconds(20);

    @Test
    void caseJsonReaderAnswersEveryHostileVariant() {
        fuzz(CaseJsonWriter.write(TestFrameworks.small()), CaseJsonReader::read, false);
    }

    @Test
    void competencyCsvReaderAnswersEveryHostileVariant() {
        fuzz(MoodleCsvWriter.write(TestFrameworks.small()), MoodleCsvReader::read, false);
    }

    @Test
    void xlsxReaderAnswersEveryHostileVariantIncludingBombsAndTruncatedZips() {
        fuzz(XlsxWriter.write(TestFrameworks.small()), XlsxReader::read, true);
    }

    private static void fuzz(byte[] valid, Function<byte[], ImportResult> reader, boolean zip) {
        HostileInputs inputs = new HostileInputs(SEED);
        UnaryOperator<byte[]> variant = zip ? inputs::zipVariant : inputs::variant;
        long deadline = System.nanoTime() + PER_PARSER.toNanos();
        for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
            byte[] input = variant.apply(valid);
            String which = "seed " + SEED + ", input " + i;
            ImportResult result = assertTimeoutPreemptively(PER_INPUT, () -> reader.apply(input), which);
            assertThat(result).as(which).isNotNull();
            assertThat(result.framework().isPresent() || !result.problems().isEmpty())
                    .as(which + ": a framework or the problems that refuse it").isTrue();
        }
    }
}

package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The Moodle XML, GIFT and OAI-PMH readers under generated hostile input (issue 18): each either
 * reads the variant or refuses it with its documented {@link FormatException}, never another
 * exception, and within a generous time per input. Seeded: a failure names the seed and index.
 */
class FormatFuzzTest {

    private static final long SEED = 18L;
    private static final int INPUTS = 300;
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Duration PER_PARSER = Duration.ofSeconds(20);

    @Test
    void moodleXmlReaderReadsOrRefusesEveryHostileVariant() {
        fuzz(bytes("accords-et-ponctuation.moodle.xml"), in -> new MoodleXmlReader().read("fuzz", in));
    }

    @Test
    void giftReaderReadsOrRefusesEveryHostileVariant() {
        fuzz(bytes("homophones.gift"), in -> new GiftReader().read("fuzz", in));
    }

    @Test
    void oaiPmhReaderReadsOrRefusesEveryHostileVariant() {
        fuzz(oai("listrecords-lomfr.xml"), in -> new OaiPmhReader().read(in));
    }

    private static void fuzz(byte[] valid, Function<InputStream, Object> reader) {
        HostileInputs inputs = new HostileInputs(SEED);
        long deadline = System.nanoTime() + PER_PARSER.toNanos();
        for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
            byte[] input = inputs.variant(valid);
            String which = "seed " + SEED + ", input " + i;
            assertTimeoutPreemptively(PER_INPUT, () -> {
                try {
                    assertThat(reader.apply(new ByteArrayInputStream(input))).as(which).isNotNull();
                } catch (FormatException refused) {
                    assertThat(refused.getMessage()).as(which + ": the refusal says why").isNotBlank();
                }
            }, which);
        }
    }

    private static byte[] oai(String name) {
        try (InputStream in = FormatFuzzTest.class.getResourceAsStream("/oai/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Resources.open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class StatusBitstringTest {

    @Test
    void encodesAtLeastSixteenKilobytesGzippedInMultibaseBase64Url() {
        StatusBitstring bits = new StatusBitstring(StatusBitstring.MINIMUM_BITS);
        bits.set(0);
        bits.set(131_071);

        String encoded = bits.encoded();

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        byte[] gzipped = Base64.getUrlDecoder().decode(encoded.substring(1));
        assertThat(gzipped[0] & 0xff).isEqualTo(0x1f);
        assertThat(gzipped[1] & 0xff).isEqualTo(0x8b);
        StatusBitstring decoded = StatusBitstring.decode(encoded);
        assertThat(decoded.size()).isEqualTo(131_072);
        assertThat(decoded.isSet(0)).isTrue();
        assertThat(decoded.isSet(1)).isFalse();
        assertThat(decoded.isSet(131_071)).isTrue();
    }

    @Test
    void indexZeroIsTheLeftMostBitOfTheFirstByte() {
        StatusBitstring bits = new StatusBitstring(StatusBitstring.MINIMUM_BITS);
        bits.set(0);
        bits.set(9);

        byte[] raw = java.util.Arrays.copyOf(gunzip(bits.encoded()), 2);
        assertThat(raw).containsExactly((byte) 0x80, (byte) 0x40);
    }

    @Test
    void refusesListsSmallerThanTheSpecificationsMinimum() {
        assertThatThrownBy(() -> new StatusBitstring(8 * 1024)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] gunzip(String encoded) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

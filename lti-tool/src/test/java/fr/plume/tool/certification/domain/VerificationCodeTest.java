package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void carriesAtLeastSixtyRandomBitsInCrockfordBase32AndACheckSymbol() {
        VerificationCode code = VerificationCode.random(random);

        assertThat(VerificationCode.RANDOM_BITS).isGreaterThanOrEqualTo(60);
        assertThat(code.value()).hasSize(14).matches("[0-9A-HJKMNP-TV-Z]{13}[0-9A-HJKMNP-TV-Z*~$=U]");
        assertThat(VerificationCode.parse(code.value()).reading()).isEqualTo(VerificationCode.Reading.VALID);
    }

    @Test
    void drawsDifferentCodesEveryTime() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCode.random(random).value());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void rejectsEverySingleWrongSymbolAsATypo() {
        VerificationCode code = VerificationCode.random(random);
        for (int position = 0; position < 13; position++) {
            for (char symbol : VerificationCode.SYMBOLS.toCharArray()) {
                if (symbol == code.value().charAt(position)) {
                    continue;
                }
                String typo = code.value().substring(0, position) + symbol + code.value().substring(position + 1);
                assertThat(VerificationCode.parse(typo).reading()).as(typo).isEqualTo(VerificationCode.Reading.TYPO);
            }
        }
    }

    @Test
    void rejectsEverySwapOfNeighboursAsATypo() {
        for (int n = 0; n < 200; n++) {
            String value = VerificationCode.random(random).value();
            for (int i = 0; i < 12; i++) {
                if (value.charAt(i) == value.charAt(i + 1)) {
                    continue;
                }
                String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                assertThat(VerificationCode.parse(swapped).reading()).as(swapped)
                        .isEqualTo(VerificationCode.Reading.TYPO);
            }
        }
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        VerificationCode code = VerificationCode.random(random);
        String typed = code.grouped().toLowerCase().replace('1', 'l').replace('0', 'o');

        assertThat(VerificationCode.parse(" " + typed + " ").code()).isEqualTo(code);
        assertThat(code.grouped()).matches("(.{4}-){3}.{2}");
    }

    @Test
    void tellsWhatIsNotACodeAtAll() {
        assertThat(VerificationCode.parse("hello").reading()).isEqualTo(VerificationCode.Reading.MALFORMED);
        assertThat(VerificationCode.parse("ABCDEFGHJKMNU0").reading()).isEqualTo(VerificationCode.Reading.MALFORMED);
        assertThat(VerificationCode.parse(null).reading()).isEqualTo(VerificationCode.Reading.MALFORMED);
        assertThat(VerificationCode.parse("A".repeat(500)).reading()).isEqualTo(VerificationCode.Reading.MALFORMED);
        assertThatThrownBy(() -> new VerificationCode("ABCDEFGHJKMNP0")).isInstanceOf(IllegalArgumentException.class);
    }
}

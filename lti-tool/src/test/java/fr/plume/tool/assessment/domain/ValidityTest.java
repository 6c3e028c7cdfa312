package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.engine.cat.TestMode;
import org.junit.jupiter.api.Test;

class ValidityTest {

    @Test
    void aCertifyingAttemptNeedsThirtyAnsweredItems() {
        assertThat(Validity.of(TestMode.CERTIFICATION, 29)).isEqualTo(new Validity(false, Validity.TOO_FEW_ANSWERS));
        assertThat(Validity.of(TestMode.CERTIFICATION, 30).valid()).isTrue();
        assertThat(Validity.of(TestMode.CERTIFICATION, 0).messageKey())
                .isEqualTo("assessment.result.invalid.TOO_FEW_ANSWERS");
    }

    @Test
    void diagnosticAndPracticeAreAlwaysValid() {
        assertThat(Validity.of(TestMode.DIAGNOSTIC, 1).valid()).isTrue();
        assertThat(Validity.of(TestMode.FORMATIVE, 0).valid()).isTrue();
    }

    @Test
    void anInvalidAttemptAlwaysSaysWhy() {
        assertThatThrownBy(() -> new Validity(false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validity(true, "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsAreCountedAsAReaderWouldAndTheTextNeverAppearsInToString() {
        assertThat(Essay.countWords("L’été, aujourd’hui — c’est peut-être 2 fois mieux !")).isEqualTo(7);
        Essay essay = new Essay(null, 1, null, null, null, null, "texte secret", 2, java.time.Instant.EPOCH, null);
        assertThat(essay.toString()).doesNotContain("secret");
    }
}

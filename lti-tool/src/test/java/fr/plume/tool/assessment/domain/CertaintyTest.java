package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertaintyTest {

    @Test
    void aLevelLessLikelyThanNotIsIndicativeEvenWithAnswers() {
        assertThat(Certainty.of(0.45, 0.5, 2)).isEqualTo(Certainty.INDICATIVE);
        assertThat(Certainty.of(0.55, 0.5, 2)).isEqualTo(Certainty.TO_CONFIRM);
        assertThat(Certainty.of(0.75, 0.4, 2)).isEqualTo(Certainty.RELIABLE);
        assertThat(Certainty.of(0.95, 0.3, 0)).isEqualTo(Certainty.INDICATIVE);
    }
}

package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreBandTest {

    @Test
    void showsABandOfWholeTensAroundTheScoreNeverTheScoreToTheUnit() {
        ScoreBand band = ScoreBand.of(667, 30);

        assertThat(band).isEqualTo(new ScoreBand(630, 700, 670, 30));
    }

    @Test
    void staysOnTheScale() {
        assertThat(ScoreBand.of(985, 31)).isEqualTo(new ScoreBand(950, 1000, 990, 40));
        assertThat(ScoreBand.of(12, 30)).isEqualTo(new ScoreBand(0, 50, 10, 30));
    }

    @Test
    void aTinyMarginStillShowsTens() {
        assertThat(ScoreBand.of(503, 2)).isEqualTo(new ScoreBand(500, 510, 500, 10));
    }
}

package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The double-marking rule: levels from points, when a third marker is needed, and the decided mark. */
class DoubleMarkingTest {

    private static EssayMark mark(int round, int... points) {
        int total = java.util.Arrays.stream(points).sum();
        return new EssayMark(round, UUID.randomUUID(), java.util.Arrays.stream(points).boxed().toList(), total, 20,
                DoubleMarking.level(total, 20), Instant.EPOCH);
    }

    @Test
    void aTotalFallsInOneOfSixEqualBandsTopIncluded() {
        assertThat(DoubleMarking.level(0, 20)).isEqualTo(1);
        assertThat(DoubleMarking.level(3, 18)).isEqualTo(1);
        assertThat(DoubleMarking.level(4, 18)).isEqualTo(2);
        assertThat(DoubleMarking.level(10, 20)).isEqualTo(3);
        assertThat(DoubleMarking.level(11, 20)).isEqualTo(4);
        assertThat(DoubleMarking.level(20, 20)).isEqualTo(6);
    }

    @Test
    void aGapOfOneLevelIsDecidedAndOfTwoLevelsAwaitsAThirdMarker() {
        assertThat(DoubleMarking.stage(List.of(mark(1, 10, 0), mark(2, 10, 3)))).isEqualTo(DoubleMarking.Stage.FINAL);
        assertThat(DoubleMarking.stage(List.of(mark(1, 10, 0), mark(2, 10, 4))))
                .isEqualTo(DoubleMarking.Stage.AWAITING_THIRD);
    }

    @Test
    void aThirdMarkHalfwayBetweenTheOthersIsTheDecidedMark() {
        DoubleMarking.Decided decided = DoubleMarking.decide(List.of(mark(1, 2, 0), mark(2, 10, 10), mark(3, 6, 5)));

        assertThat(decided.points()).containsExactly(6, 5);
        assertThat(decided.total()).isEqualTo(11);
    }

    @Test
    void theThirdMarkerIsNeitherOfTheFirstTwo() {
        EssayMark one = mark(1, 0, 0);
        EssayMark two = mark(2, 10, 10);

        assertThat(DoubleMarking.refusal(List.of(one, two), one.markedBy(), UUID.randomUUID()))
                .contains(DoubleMarking.Refusal.ALREADY_MARKED);
        assertThat(DoubleMarking.refusal(List.of(one, two), UUID.randomUUID(), UUID.randomUUID())).isEmpty();
    }
}

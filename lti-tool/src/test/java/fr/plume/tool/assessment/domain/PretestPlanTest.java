package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PretestPlanTest {

    @Test
    void theSameSeedGivesTheSamePositionsSoAResumeIsStable() {
        assertThat(PretestPlan.of(42L, 2, 15)).isEqualTo(PretestPlan.of(42L, 2, 15));
    }

    @Test
    void positionsAreDistinctNeverFirstAndWithinTheFewestItemsTheTestCanStopAt() {
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            PretestPlan plan = PretestPlan.of(seed, 2, 15);
            assertThat(plan.size()).isEqualTo(2);
            assertThat(plan.positions()).allSatisfy(p -> assertThat(p).isBetween(2, 15));
            seen.addAll(plan.positions());
        }
        assertThat(seen).as("positions vary with the seed").hasSize(14);
    }

    @Test
    void noSlotsWhenNoneAreAskedOrThereIsNoRoom() {
        assertThat(PretestPlan.of(1L, 0, 15).size()).isZero();
        assertThat(PretestPlan.of(1L, 3, 1).size()).isZero();
        assertThat(PretestPlan.of(1L, 5, 3).positions()).containsExactlyInAnyOrder(2, 3);
    }
}

package fr.plume.tool.assessment.engine.cat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExposureCeilingTest {

    @Test
    void anItemMayBeGivenToTheFirstCandidatesThenToNoMoreThanTheLimitShare() {
        ExposureCeiling ceiling = new ExposureCeiling(0.20, 10);

        assertThat(ceiling.allows(9, 1)).isTrue();
        assertThat(ceiling.allows(10, 49)).isFalse();
        assertThat(ceiling.allows(10, 55)).isTrue();
        assertThat(ceiling.allows(20, 100)).isFalse();
        assertThat(ceiling.allows(19, 100)).isTrue();
    }

    @Test
    void whateverTheDemandNoItemExceedsTheLimitOnceTheWarmUpIsPast() {
        ExposureCeiling ceiling = ExposureCeiling.of(TestBlueprint.certification());
        SplittableRandom random = new SplittableRandom(5);
        int[] given = new int[3];
        for (int candidates = 1; candidates <= 2000; candidates++) {
            for (int item = 0; item < given.length; item++) {
                // item 0 is wanted by every candidate, the others by one in two and one in ten
                boolean wanted = item == 0 || random.nextDouble() < (item == 1 ? 0.5 : 0.1);
                if (wanted && ceiling.allows(given[item], candidates)) {
                    given[item]++;
                }
            }
            if (candidates >= 50) {
                for (int count : given) {
                    assertThat((double) count / candidates).isLessThanOrEqualTo(0.20);
                }
            }
        }
        assertThat(given[0]).isEqualTo(400);
    }
}

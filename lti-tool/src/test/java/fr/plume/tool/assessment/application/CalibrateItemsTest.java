package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.ItemCalibration;
import fr.plume.tool.assessment.api.ItemCalibration.Status;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrateItemsTest {

    /** 1,000 candidates answer "anchor" and "new"; "rare" has 30 answers; the outcome keeps the engine's verdicts. */
    @Test
    void calibratesThroughTheEngineKeepingAnchorsAndRefusingRareItems() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> ids = List.of("anchor", "new", "rare");
        int persons = 1000;
        int[] starts = new int[persons + 1];
        int[] items = new int[persons * 3];
        byte[] scores = new byte[persons * 3];
        int size = 0;
        for (int p = 0; p < persons; p++) {
            double theta = random.nextGaussian();
            double[][] parameters = {{1.2, -0.5}, {1.0, 0.5}, {1.0, 0.0}};
            for (int j = 0; j < 3; j++) {
                if (j == 2 && p % 33 != 0) {
                    continue;
                }
                items[size] = j;
                scores[size] = (byte) (random.nextDouble()
                        < 1 / (1 + Math.exp(-parameters[j][0] * (theta - parameters[j][1]))) ? 1 : 0);
                size++;
            }
            starts[p + 1] = size;
        }
        ItemCalibration.Responses responses = new ItemCalibration.Responses(ids, starts,
                java.util.Arrays.copyOf(items, size), java.util.Arrays.copyOf(scores, size));

        ItemCalibration.Outcome outcome = new CalibrateItems().calibrate(new ItemCalibration.Request(responses,
                Map.of("anchor", new ItemCalibration.Anchor(1.2, -0.5)), 200, "v1"));

        assertThat(outcome.version()).isEqualTo("v1");
        assertThat(outcome.items()).extracting(ItemCalibration.Item::status)
                .containsExactly(Status.ANCHOR, Status.ESTIMATED, Status.REFUSED_TOO_FEW_RESPONSES);
        assertThat(outcome.items().get(0).a()).isEqualTo(1.2);
        assertThat(outcome.items().get(1).b()).isBetween(0.2, 0.8);
        assertThat(outcome.items().get(2).responseCount()).isEqualTo(31);
        assertThat(outcome.items().get(2).a()).isNaN();
    }
}

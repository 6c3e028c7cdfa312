package fr.plume.tool.assessment.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.ExposureControlStore;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exposure-control parameters in PostgreSQL: bit for bit, and the first value stored wins. */
@PlumeIntegrationTest
class JdbcExposureControlsTest {

    private static final double[] CUTS = {-1.5, -0.5, 0.25, 1.0, 1.75};

    @Autowired
    ExposureControlStore store;

    @Test
    void storedParametersAreReadBackBitForBitAndTheFirstValueWins() {
        String key = UUID.randomUUID().toString();
        ExposureControl first = new ExposureControl(CUTS, Map.of(
                "item-1", new double[] {1.0, 0.1 + 0.2, Math.PI / 7, 0.0, 1e-17, 0.999999999999},
                "item-2", new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}));

        store.saveIfAbsent(key, first);
        store.saveIfAbsent(key, new ExposureControl(CUTS, Map.of("item-1", new double[6])));

        ExposureControl read = store.find(key).orElseThrow();
        assertThat(read.bandCuts()).containsExactly(CUTS);
        assertThat(read.parameters()).containsOnlyKeys("item-1", "item-2");
        assertThat(read.parameters().get("item-1")).containsExactly(first.parameters().get("item-1"));
        assertThat(read.parameters().get("item-2")).containsExactly(first.parameters().get("item-2"));
        assertThat(store.find(UUID.randomUUID().toString())).isEmpty();
    }
}

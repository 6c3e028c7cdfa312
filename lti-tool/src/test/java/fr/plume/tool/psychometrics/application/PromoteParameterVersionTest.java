package fr.plume.tool.psychometrics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.psychometrics.domain.CalibrationRun;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.Linking;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlumeIntegrationTest
class PromoteParameterVersionTest {

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    CalibrationRuns runs;
    @Autowired
    PromoteParameterVersion promote;

    @Test
    void promotesOnlyEstimatedItemsOfASucceededRunAndOnlyOnce() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        List<PublishedItem> published = catalog.published();
        String estimated = published.get(0).item().id().toString();
        String anchor = published.get(1).item().id().toString();
        String version = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        UUID runId = runs.queue(version, RunKind.FIXED_ANCHOR, now.minusSeconds(60), now, 200, "p", now);
        assertThatThrownBy(() -> promote.promote(runId, "p")).as("a queued run is not promotable")
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-NOT-PROMOTABLE"));
        runs.claimQueued("node-p", now, now.plusSeconds(600), 50);
        runs.succeed(runId, "node-p", new CalibrationRun(version, List.of(
                new ItemEstimate(new ItemParameter(estimated, 1.31, 0.42, 0.1, 0.08), Status.ESTIMATED, 900),
                new ItemEstimate(ItemParameter.fixed(anchor, 1.0, 0.0), Status.ANCHOR, 900)),
                5, true, 0.1, 1.0, Linking.IDENTITY), java.util.Map.of(), 900, 1800, now);

        assertThat(promote.promote(runId, "psychometrician@test")).isEqualTo(1);

        assertThat(inForce(estimated).parametersVersion()).isEqualTo(version);
        assertThat(inForce(estimated).b()).isEqualTo(0.42);
        assertThat(inForce(anchor).parametersVersion()).isNotEqualTo(version);
        assertThatThrownBy(() -> promote.promote(runId, "p"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-NOT-PROMOTABLE"));
    }

    @Test
    void refusesAnUnknownRun() {
        assertThatThrownBy(() -> promote.promote(UUID.randomUUID(), "p"))
                .isInstanceOfSatisfying(PlumeProblemException.class, e -> assertThat(e.code()).isEqualTo("PLUME-NOT-FOUND"));
    }

    private PublishedItem inForce(String itemId) {
        return catalog.published().stream().filter(item -> item.item().id().toString().equals(itemId)).findFirst()
                .orElseThrow();
    }
}

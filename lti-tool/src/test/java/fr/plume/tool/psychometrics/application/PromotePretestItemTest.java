package fr.plume.tool.psychometrics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ItemStewardship;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.infra.JdbcItems;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlumeIntegrationTest
class PromotePretestItemTest {

    @Autowired
    JdbcItems items;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    ItemStewardship stewardship;
    @Autowired
    CalibrationRuns runs;
    @Autowired
    PromotePretestItem promote;

    @Test
    void aPretestItemBecomesOperationalWithTheRunsEstimateAndOnlyAPretestItemDoes() {
        UUID pretest = publishedItem();
        UUID operational = publishedItem();
        assertThat(stewardship.startPretest(pretest)).isTrue();
        assertThat(stewardship.startPretest(pretest)).as("a version is never rewritten").isFalse();
        assertThat(promote.pretestItems()).extracting(p -> p.item().id()).contains(pretest).doesNotContain(operational);
        UUID runId = succeededRun(pretest, operational);

        promote.promote(runId, pretest, "psychometrician");

        assertThat(inForce(pretest).pretest()).isFalse();
        assertThat(inForce(pretest).b()).isEqualTo(1.17);
        assertThat(promote.pretestItems()).extracting(p -> p.item().id()).doesNotContain(pretest);
        assertThatThrownBy(() -> promote.promote(runId, operational, "psychometrician"))
                .as("an operational item is not promoted one by one")
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-NOT-PROMOTABLE"));
    }

    @Test
    void aQueuedRunPromotesNothing() {
        UUID pretest = publishedItem();
        stewardship.startPretest(pretest);
        Instant now = Instant.parse("2026-02-01T00:00:00Z");
        UUID runId = runs.queue("q-" + UUID.randomUUID().toString().substring(0, 8), RunKind.FIXED_ANCHOR,
                now.minusSeconds(60), now, 200, "p", now);

        assertThatThrownBy(() -> promote.promote(runId, pretest, "p"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-NOT-PROMOTABLE"));
        assertThat(inForce(pretest).pretest()).isTrue();
    }

    private UUID succeededRun(UUID pretest, UUID operational) {
        String version = "pt-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        UUID runId = runs.queue(version, RunKind.FIXED_ANCHOR, now.minusSeconds(60), now, 200, "p", now);
        runs.claimQueued("node-pt", now, now.plusSeconds(600), 50);
        runs.succeed(runId, "node-pt", new CalibrationRun(version, List.of(
                new ItemEstimate(new ItemParameter(pretest.toString(), 1.05, 1.17, 0.1, 0.09), Status.ESTIMATED, 310),
                new ItemEstimate(new ItemParameter(operational.toString(), 1.2, 0.3, 0.1, 0.08), Status.ESTIMATED,
                        900)), 5, true, 0.0, 1.0, Linking.IDENTITY), Map.of(), 900, 1210, now);
        return runId;
    }

    private PublishedItem inForce(UUID id) {
        return catalog.published().stream().filter(item -> item.item().id().equals(id)).findFirst().orElseThrow();
    }

    /** A fresh published item of its own (level 6, a competency of the sample bank), so no other test's items change. */
    private UUID publishedItem() {
        UUID id = UUID.randomUUID();
        AnswerSpec answer = new AnswerSpec.SingleChoice(List.of("juste", "faux", "autre"), 0);
        items.insertIfAbsent(new Item(id, "psy-promote-" + id, 1, answer.type(), "1.1", 6, ItemText.fr("Consigne"),
                answer, ItemText.fr("Retour"), ItemText.fr("Règle"), IrtPrior.forLevel(6), Accessibility.FULL,
                MatchingPolicy.DEFAULT, "CC-BY-SA-4.0", List.of("Équipe Plume"), ItemStatus.PUBLISHED));
        return id;
    }
}

package fr.plume.tool.psychometrics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.psychometrics.domain.AnalysedItem;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.psychometrics.support.StoredAnswers;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import fr.plume.tool.support.PlumeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calibration runs as background jobs on the real database: answers stored by attempts, a run
 * queued, claimed and executed, its results kept apart from delivery until promoted. Answers are
 * dated in 2020 so that no other test's attempts fall in the run's data window.
 */
@PlumeIntegrationTest
class CalibrateQueuedRunsTest {

    private static final Instant FROM = Instant.parse("2020-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2020-04-01T00:00:00Z");

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    DraftIntake drafts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestCalibration request;
    @Autowired
    CalibrateQueuedRuns calibrate;
    @Autowired
    PromoteParameterVersion promote;
    @Autowired
    CalibrationRuns runs;

    @Test
    void aFixedAnchorRunEstimatesThePretestItemAndDeliveryChangesOnlyWhenPromoted() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        List<PublishedItem> operational = catalog.published().stream().filter(item -> !item.pretest())
                .filter(item -> item.item().type() != fr.plume.framework.content.ItemType.ESSAY).limit(40).toList();
        Item sample = operational.get(0).item();
        UUID pretestId = UUID.randomUUID();
        drafts.addDraft(new Item(pretestId, "psy-pretest-" + pretestId, 1, sample.type(), sample.competency(),
                sample.level(), sample.stem(), sample.answer(), sample.feedback(), sample.explanation(), sample.irt(),
                sample.accessibility(), sample.matching(), sample.licence(), sample.authors(), ItemStatus.DRAFT));
        simulateAttempts(operational, pretestId, 800);

        UUID runId = request.request(RunKind.FIXED_ANCHOR, FROM, TO, 200, "psychometrician@test");
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);

        assertThat(calibrate.runNext()).isTrue();
        assertThat(calibrate.runNext()).as("the queue is empty").isFalse();

        StoredRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.progress()).isEqualTo(100);
        assertThat(run.converged()).isTrue();
        assertThat(run.candidates()).isEqualTo(800);
        assertThat(run.responses()).isEqualTo(800 * 21);
        ItemEstimate pretest = runs.estimates(runId).stream()
                .filter(item -> item.itemId().equals(pretestId.toString())).findFirst().orElseThrow();
        assertThat(pretest.status()).isEqualTo(Status.ESTIMATED);
        assertThat(pretest.parameter().b()).isCloseTo(0.4, within(0.35));
        assertThat(pretest.parameter().seB()).isBetween(0.03, 0.3);
        assertThat(runs.estimates(runId)).filteredOn(item -> item.status() == Status.ANCHOR).hasSize(40);
        AnalysedItem analysed = runs.analysedItems(runId).stream()
                .filter(item -> item.estimate().itemId().equals(pretestId.toString())).findFirst().orElseThrow();
        assertThat(analysed.pValue()).as("item analysis kept with the run").isBetween(0.2, 0.6);
        assertThat(analysed.pointBiserial()).isGreaterThan(0.2);
        assertThat(analysed.fitDegreesOfFreedom()).isPositive();
        assertThat(analysed.flags()).doesNotContain("low-point-biserial", "too-few-responses");
        assertThat(versionsInForce(run.version())).as("nothing changes in delivery before promotion").isZero();

        assertThat(promote.promote(runId, "psychometrician@test")).isEqualTo(1);

        assertThat(versionsInForce(run.version())).isEqualTo(1);
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.PROMOTED);
        assertThatThrownBy(() -> promote.promote(runId, "psychometrician@test"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-NOT-PROMOTABLE"));
    }

    @Test
    void aQueuedRunIsClaimedByOneNodeOnlyAndAnAbandonedOneIsRecordedAsFailed() {
        UUID runId = request.request(RunKind.RECALIBRATION, FROM, TO, 200, "psychometrician@test");
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        assertThat(runs.claimQueued("node-a", now, now.plusSeconds(60), 10))
                .anyMatch(claimed -> claimed.id().equals(runId));
        assertThat(runs.claimQueued("node-b", now, now.plusSeconds(60), 10))
                .noneMatch(claimed -> claimed.id().equals(runId));

        assertThat(runs.failAbandoned(now.plusSeconds(61))).isGreaterThanOrEqualTo(1);
        StoredRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("node-stopped");
    }

    @Test
    void runsRequestedWithinTheSameSecondAreAllQueuedUnderDistinctVersions() {
        String version = "rc-same-second-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        UUID first = runs.queue(version, RunKind.RECALIBRATION, FROM, TO, 200, "psychometrician@test", now);
        UUID second = runs.queue(version, RunKind.RECALIBRATION, FROM, TO, 200, "other@test", now);

        try {
            assertThat(runs.find(first).orElseThrow().version()).isEqualTo(version);
            assertThat(runs.find(second).orElseThrow().version()).isEqualTo(version + "-2");
        } finally {
            // left queued, they would be the next runs another test's node claims
            jdbc.sql("DELETE FROM psychometrics_run WHERE id IN (:ids)").param("ids", List.of(first, second)).update();
        }
    }

    @Test
    void aRecalibrationLinkedBackToTheScaleFlagsTheItemThatDriftedAndOnlyIt() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        // items of middle difficulty: their b is estimated within about 0.08, so only a real move reaches 0.3
        List<PublishedItem> form = catalog.published().stream().filter(item -> !item.pretest())
                .filter(item -> item.item().type() != fr.plume.framework.content.ItemType.ESSAY)
                .filter(item -> Math.abs(item.b()) <= 1.0 && item.a() >= 1.0).limit(25).toList();
        PublishedItem drifted = form.get(3);
        List<StoredAnswers.Shown> shown = form.stream().map(item -> new StoredAnswers.Shown(item.item().id(), item.a(),
                item == drifted ? item.b() + 1.0 : item.b())).toList();
        StoredAnswers answers = new StoredAnswers(jdbc, 909);
        UUID member = answers.member("Université dérive");
        for (int i = 0; i < 2000; i++) {
            answers.attempt(member, false, answers.nextTheta(0.0), shown, Instant.parse("2019-09-10T08:00:00Z"));
        }
        UUID runId = request.request(RunKind.RECALIBRATION, Instant.parse("2019-09-01T00:00:00Z"),
                Instant.parse("2019-10-01T00:00:00Z"), 200, "psychometrician@test");

        while (runs.find(runId).orElseThrow().status() == RunStatus.QUEUED && calibrate.runNext()) {
            // older queued runs of other tests are claimed first, in request order
        }

        StoredRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.linkingSlope()).as("linked back by Stocking–Lord").isNotNull();
        assertThat(runs.analysedItems(runId)).filteredOn(item -> item.flags().contains("drift"))
                .extracting(item -> item.estimate().itemId()).containsExactly(drifted.item().id().toString());
    }

    private long versionsInForce(String version) {
        return catalog.published().stream().filter(item -> item.parametersVersion().equals(version)).count()
                + jdbc.sql("SELECT count(*) FROM itembank_item_parameters WHERE version = :v").param("v", version)
                        .query(Long.class).single();
    }

    /** Attempts of 20 operational items and the pretest item (a 1.2, b 0.4), answered in March 2020. */
    private void simulateAttempts(List<PublishedItem> operational, UUID pretestId, int count) {
        UUID member = UUID.randomUUID();
        jdbc.sql("INSERT INTO member (id, code, name) VALUES (:id, :code, 'Psychometrics test')")
                .param("id", member).param("code", "psy-" + member.toString().substring(0, 8)).update();
        SplittableRandom random = new SplittableRandom(11);
        Timestamp at = Timestamp.from(FROM.plusSeconds(86_400));
        for (int p = 0; p < count; p++) {
            UUID attempt = UUID.randomUUID();
            double theta = random.nextGaussian();
            jdbc.sql("""
                    INSERT INTO assessment_attempt (id, member_id, user_id, mode, seed, accessible_items, scoring_version,
                        started_at, status)
                    VALUES (:id, :member, :user, 'DIAGNOSTIC', 1, false, 'test', :at, 'COMPLETED')""")
                    .param("id", attempt).param("member", member).param("user", UUID.randomUUID()).param("at", at)
                    .update();
            int position = 1;
            for (int k = 0; k < 20; k++) {
                PublishedItem item = operational.get(random.nextInt(operational.size()));
                if (jdbc.sql("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND item_id = :i")
                        .param("a", attempt).param("i", item.item().id()).query(Long.class).single() > 0) {
                    k--;
                    continue;
                }
                answer(member, attempt, position++, item.item().id(), item.a(), item.b(), theta, random, at);
            }
            answer(member, attempt, position, pretestId, 1.2, 0.4, theta, random, at);
        }
    }

    private void answer(UUID member, UUID attempt, int position, UUID item, double a, double b, double theta,
                        SplittableRandom random, Timestamp at) {
        boolean correct = random.nextDouble() < 1 / (1 + Math.exp(-a * (theta - b)));
        jdbc.sql("""
                INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family, a, b,
                    accessible, parameters_version, token, shown_at, answered_at, correct)
                VALUES (:attempt, :position, :member, :item, 'c', 'f', :a, :b, true, 'prior', :token, :at, :at, :correct)""")
                .param("attempt", attempt).param("position", position).param("member", member).param("item", item)
                .param("a", a).param("b", b).param("token", UUID.randomUUID().toString()).param("at", at)
                .param("correct", correct).update();
    }
}

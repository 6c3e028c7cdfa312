package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemText;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.PublishedItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The item to show now, on in-memory ports. */
class ShowNextItemTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    @Test
    void aReloadShowsTheSameItemWithTheSameToken() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        CurrentItem.ToAnswer first = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        CurrentItem.ToAnswer reload = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        assertThat(reload.shown()).isEqualTo(first.shown());
        assertThat(first.shown().position()).isEqualTo(1);
        assertThat(first.answeredCount()).isZero();
        assertThat(first.maxItems()).isEqualTo(30);
        assertThat(assessment.shown(attempt.id())).hasSize(1);
    }

    @Test
    void theNextItemIsStoredWithItsParametersAndAFreshTokenAfterAnAnswer() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1"));
        assessment.answerNext(student, attempt.id(), true);

        CurrentItem.ToAnswer second = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        assertThat(second.shown().position()).isEqualTo(2);
        assertThat(second.answeredCount()).isEqualTo(1);
        assertThat(second.item().competency()).as("practice stays on its competency").isEqualTo("2.1");
        assertThat(second.shown().parameters().competencyCode()).isEqualTo("2.1");
        assertThat(second.shown().token()).isNotEqualTo(assessment.shown(attempt.id()).get(0).token()).hasSize(32);
        assertThat(assessment.shown(attempt.id()).get(1)).isEqualTo(second.shown());
    }

    @Test
    void pastTheDeadlineTheAttemptEndsAsTimeUp() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));
        assessment.publishACertificationSizedBank();
        Attempt attempt = assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of());
        assessment.answerNext(candidate, attempt.id(), true);
        assessment.clock.advance(Duration.between(attempt.startedAt(), attempt.deadline()));

        CurrentItem current = assessment.showNextItem.show(candidate, attempt.id());

        assertThat(current).isInstanceOf(CurrentItem.Finished.class);
        assertThat(current.attempt().endReason()).isEqualTo(EndReason.TIME_UP);
        assertThat(current.attempt().invalid()).as("one answer is too few to certify").isTrue();
        assertThat(assessment.heldForPublication).isEmpty();
    }

    @Test
    void aWritingSessionShowsOneEssayOfItsCompetency() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"), true);

        CurrentItem.ToAnswer essay = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        assertThat(essay.item().type()).isEqualTo(fr.plume.framework.content.ItemType.ESSAY);
        assertThat(essay.item().competency()).isEqualTo("1.1");
        assertThat(essay.maxItems()).isEqualTo(1);
    }

    @Test
    void eachShownItemRecordsTheParameterVersionInForceWhenItWasShownAndKeepsItAfterAPromotion() {
        assessment.published.replaceAll(p -> new PublishedItem(p.item(), "fa-2026.01.05-100000", p.a(), p.b(),
                p.itemVersion()));
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1"));
        CurrentItem.ToAnswer first = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        PublishedItem firstInForce = assessment.published.stream()
                .filter(p -> p.item().id().equals(first.item().id())).findFirst().orElseThrow();
        assessment.answerNext(student, attempt.id(), true);

        assessment.promote(p -> new PublishedItem(p.item(), "rc-2026.02.01-090000", p.a() * 1.1, p.b() + 0.5,
                p.itemVersion()));
        CurrentItem.ToAnswer second = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        ShownItem stored = assessment.shown(attempt.id()).get(0);
        assertThat(stored.parametersVersion()).isEqualTo("fa-2026.01.05-100000");
        assertThat(stored.parameters().b()).isEqualTo(firstInForce.b());
        assertThat(stored.parameters().a()).isEqualTo(firstInForce.a());
        assertThat(second.shown().parametersVersion()).isEqualTo("rc-2026.02.01-090000");
        PublishedItem secondInForce = assessment.published.stream()
                .filter(p -> p.item().id().equals(second.item().id())).findFirst().orElseThrow();
        assertThat(second.shown().parameters().b()).isEqualTo(secondInForce.b());
    }

    @Test
    void aShownItemIsReadAtItsVersionAfterANewVersionIsPublished() {
        assessment.published.replaceAll(p -> new PublishedItem(p.item(), p.parametersVersion(), p.a(), p.b(), 2));
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1"));
        CurrentItem.ToAnswer shown = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        PublishedItem second = assessment.published.stream()
                .filter(p -> p.item().id().equals(shown.item().id())).findFirst().orElseThrow();
        Item before = second.item();
        Item rewritten = new Item(before.id(), before.family(), before.variant(), before.type(), before.competency(),
                before.level(), ItemText.fr("Consigne réécrite en version 3."), before.answer(), before.feedback(),
                before.explanation(), before.irt(), before.accessibility(), before.matching(), before.licence(),
                before.authors(), before.status());
        assessment.superseded.add(second);
        assessment.published.set(assessment.published.indexOf(second),
                new PublishedItem(rewritten, second.parametersVersion(), second.a(), second.b(), 3));

        CurrentItem.ToAnswer reload = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        assertThat(shown.shown().itemVersion()).isEqualTo(2);
        assertThat(reload.item().stem()).isEqualTo(before.stem());
    }

    @Test
    void theStoredExposureControlDecidesWhichItemIsShown() {
        InMemoryAssessment sampleShaped = new InMemoryAssessment();
        sampleShaped.publishSampleShapedBank(20, 2026);
        Attempt attempt = sampleShaped.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        sampleShaped.reseed(attempt.id(), 42);
        String randomesqueChoice = ((CurrentItem.ToAnswer) sampleShaped.showNextItem.show(student, attempt.id()))
                .shown().parameters().itemId();
        sampleShaped.attempts.shown.get(attempt.id()).clear(); // as if that request had not committed
        String key = ExposureControls.key(sampleShaped.bank.current().bank(), TestBlueprint.diagnostic(),
                ScoringConfigurations.INITIAL, InMemoryAssessment.TEST_CALIBRATION);
        sampleShaped.exposureStore.stored.put(key, new ExposureControl(new double[] {-1.5, -0.5, 0.25, 1.0, 1.75},
                Map.of(randomesqueChoice, new double[6])));

        CurrentItem.ToAnswer controlled = (CurrentItem.ToAnswer) sampleShaped.showNextItem.show(student, attempt.id());

        assertThat(controlled.shown().parameters().itemId()).as("k = 0 sets the item aside")
                .isNotEqualTo(randomesqueChoice);
    }

    @Test
    void aResumedAttemptOnAnotherNodeGetsTheSameNextItemUnderExposureControl() {
        InMemoryAssessment sampleShaped = new InMemoryAssessment();
        sampleShaped.publishSampleShapedBank(20, 2026);
        Attempt attempt = sampleShaped.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        sampleShaped.reseed(attempt.id(), 7);
        sampleShaped.exposure.forAttempt(attempt);
        sampleShaped.exposureStore.background.runAll();
        for (int answered = 0; answered < 6; answered++) {
            sampleShaped.answerNext(student, attempt.id(), answered % 2 == 0);
        }
        CurrentItem.ToAnswer onThisNode = (CurrentItem.ToAnswer) sampleShaped.showNextItem.show(student, attempt.id());
        List<ShownItem> shown = sampleShaped.attempts.shown.get(attempt.id());
        shown.remove(shown.size() - 1); // the node stopped before its choice was kept
        ExposureControls freshNode = new ExposureControls(sampleShaped.exposureStore, sampleShaped.exposureCounts,
                sampleShaped.bank,
                Runnable::run, InMemoryAssessment.TEST_CALIBRATION, sampleShaped.clock);
        ShowNextItem otherNode = new ShowNextItem(sampleShaped.attempts, sampleShaped.state, sampleShaped.bank,
                sampleShaped.catalog, sampleShaped.complete, sampleShaped.practices, sampleShaped.pretest, freshNode,
                sampleShaped.clock);

        CurrentItem.ToAnswer resumed = (CurrentItem.ToAnswer) otherNode.show(student, attempt.id());

        assertThat(resumed.shown().parameters()).isEqualTo(onThisNode.shown().parameters());
        assertThat(resumed.shown().position()).isEqualTo(7);
        assertThat(freshNode.forAttempt(attempt)).as("read from the store, not recomputed").isPresent();
    }
}

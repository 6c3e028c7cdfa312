package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertifyingAttempts.CertifyingAttempt;
import fr.plume.tool.assessment.api.CertifyingAttempts.CompetencyLevel;
import fr.plume.tool.assessment.api.CertifyingAttempts.Rescored;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.IncidentKind;
import fr.plume.tool.certification.domain.Rescore;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The officer rescores a candidate before publishing (recomputed without neutralised items, or a
 * corrected level with a reason); the rescored score and level are what is published to the
 * gradebook and certified. Audited; only the officer; only a candidate awaiting review.
 */
class RescoreCandidateTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final RescoreCandidate rescore = new RescoreCandidate(store, store.incidentStore, store.certifyingAttempts,
            store.permissions, store, store.clock);
    private final Map<UUID, Integer> publishedScores = new HashMap<>();
    private final List<Object> events = new ArrayList<>();
    private final CertificationPublication publication = new CertificationPublication() {
        @Override
        public Outcome publish(UUID memberId, UUID attemptId, String publishedBy) {
            return publish(memberId, attemptId, publishedBy, null);
        }

        @Override
        public Outcome publish(UUID memberId, UUID attemptId, String publishedBy, Integer rescoredScore) {
            publishedScores.put(attemptId, rescoredScore);
            return Outcome.PUBLISHED;
        }
    };
    private final Frameworks frameworks = new Frameworks() {
        @Override public Optional<StoredFramework> current() { return Optional.empty(); }
        @Override public Optional<StoredFramework> find(UUID versionId) { return Optional.empty(); }
        @Override public List<FrameworkSummary> list() { return List.of(); }
    };
    private final PublishResults publish = new PublishResults(store, store.sessionStore, store.certifyingAttempts,
            publication, frameworks, member -> Optional.of(ZoneId.of("Europe/Paris")), "Europe/Paris",
            store.permissions, store, events::add, store.clock, store.gate(false));

    private Candidate toReview(CertificationSession session) {
        UUID attempt = UUID.randomUUID();
        Instant start = store.clock.instant().minus(Duration.ofMinutes(100));
        List<Instant> answered = IntStream.range(0, 40).mapToObj(i -> start.plusSeconds(60L * (i + 1))).toList();
        store.attempts.put(attempt, new CertifyingAttempt(attempt, false, start, start.plus(Duration.ofMinutes(90)),
                answered, true, 640, 1000, 38, 4, List.of(new CompetencyLevel("1.1", 4, 0.3))));
        Candidate candidate = store.candidate(session, CandidateStatus.ENDED, attempt);
        store.decide(session.memberId(), candidate.id(), Decision.TO_REVIEW, null, 0, store.clock.instant());
        return candidate;
    }

    @Test
    void theRecomputedScoreWithoutNeutralisedItemsIsWhatIsPublishedAndCertified() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = toReview(session);
        Instant start = store.attempts.get(candidate.attemptId()).startedAt();
        store.incidentStore.insert(new Incident(UUID.randomUUID(), session.memberId(), session.id(), candidate.id(),
                IncidentKind.TECHNICAL, "", start, start.plusSeconds(60 * 3), "invigilator"));
        store.rescored.put(candidate.attemptId(), new Rescored(590, 45, 3, List.of(new CompetencyLevel("1.1", 3, 0.4)), 37));

        Rescore rescored = rescore.recompute(InMemoryCertification.officer(), session.memberId(), candidate.id());
        publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id());

        assertThat(rescored.reason()).isEqualTo(Rescore.RECOMPUTED);
        assertThat(store.neutralisedSeen.get(candidate.attemptId())).hasSize(3);
        assertThat(publishedScores).containsEntry(candidate.attemptId(), 590);
        assertThat(events).singleElement().isInstanceOfSatisfying(CandidateCertified.class, e -> {
            assertThat(e.score()).isEqualTo(590);
            assertThat(e.scoreMargin()).isEqualTo(45);
            assertThat(e.level()).isEqualTo(3);
            assertThat(e.competencies()).extracting(CandidateCertified.AreaLevel::level).containsExactly(3);
        });
        assertThat(store.actions()).containsExactly("candidate.rescored", "candidate.published");
    }

    @Test
    void aCorrectedLevelNeedsAReasonAndIsPublished() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = toReview(session);

        assertThatThrownBy(() -> rescore.correctLevel(InMemoryCertification.officer(), session.memberId(),
                candidate.id(), 5, "  "))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-REASON-REQUIRED"));
        assertThatThrownBy(() -> rescore.correctLevel(InMemoryCertification.officer(), session.memberId(),
                candidate.id(), 7, "erreur de barème"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-LEVEL-INVALID"));
        rescore.correctLevel(InMemoryCertification.officer(), session.memberId(), candidate.id(), 5,
                "Erreur de barème constatée par le jury");
        publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id());

        assertThat(store.rescores.get(candidate.id()).reason()).isEqualTo("Erreur de barème constatée par le jury");
        assertThat(publishedScores).containsEntry(candidate.attemptId(), 640);
        assertThat(events).singleElement().isInstanceOfSatisfying(CandidateCertified.class,
                e -> assertThat(e.level()).isEqualTo(5));
        assertThat(store.audit.get(0).details()).isEqualTo("score=640 level=5 corrected reasonLength=38")
                .doesNotContain("barème");
    }

    @Test
    void onlyTheOfficerRescoresAndOnlyBeforePublication() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = toReview(session);
        Actor manager = new Actor("manager", false, Map.of(session.id(), session.invigilationGrant()));

        assertThatThrownBy(() -> rescore.recompute(manager, session.memberId(), candidate.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-FORBIDDEN"));
        assertThatThrownBy(() -> rescore.correctLevel(manager, session.memberId(), candidate.id(), 2, "x"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-FORBIDDEN"));
        publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id());
        assertThatThrownBy(() -> rescore.correctLevel(InMemoryCertification.officer(), session.memberId(),
                candidate.id(), 2, "trop tard"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-NOT-TO-REVIEW"));
        assertThat(store.rescores).isEmpty();
    }
}

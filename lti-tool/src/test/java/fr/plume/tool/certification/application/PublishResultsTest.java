package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertificationEssays;
import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertifyingAttempts.CertifyingAttempt;
import fr.plume.tool.assessment.api.CertifyingAttempts.CompetencyLevel;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.MemberJuryDecision;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishResultsTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final List<UUID> published = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final CertificationPublication publication = (member, attempt, by) -> {
        published.add(attempt);
        return CertificationPublication.Outcome.PUBLISHED;
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
        store.attempts.put(attempt, new CertifyingAttempt(attempt, false, store.clock.instant(), store.clock.instant(),
                List.of(), true, 640, 1000, 38, 4, List.of(new CompetencyLevel("1.1", 4, 0.3),
                        new CompetencyLevel("1.2", 5, 0.4), new CompetencyLevel("2.1", 3, 0.7))));
        Candidate candidate = store.candidate(session, CandidateStatus.STARTED, attempt);
        store.decide(session.memberId(), candidate.id(), Decision.TO_REVIEW, null, 0, store.clock.instant());
        return candidate;
    }

    @Test
    void publishingQueuesTheResultOnceAndAnnouncesTheCertifiedCandidate() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = toReview(session);

        assertThat(publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id())).isTrue();
        assertThat(publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id())).isFalse();

        assertThat(published).containsExactly(candidate.attemptId());
        assertThat(store.candidates.get(candidate.id()).decision()).isEqualTo(Decision.PUBLISHED);
        assertThat(events).singleElement().isInstanceOfSatisfying(CandidateCertified.class, e -> {
            assertThat(e.holderName()).isEqualTo("Alice Martin");
            assertThat(e.score()).isEqualTo(640);
            assertThat(e.scoreMargin()).isEqualTo(38);
            assertThat(e.competencies()).extracting(CandidateCertified.AreaLevel::indicative)
                    .containsExactly(false, false, true);
            assertThat(e.domains()).extracting(CandidateCertified.AreaLevel::code, CandidateCertified.AreaLevel::level)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 5), org.assertj.core.groups.Tuple.tuple("2", 3));
        });
        assertThat(store.actions()).containsExactly("candidate.published");
    }

    @Test
    void aWholeSessionIsPublishedAndOnlyTheOfficerMayPublish() {
        CertificationSession session = store.session(UUID.randomUUID());
        toReview(session);
        toReview(session);
        Candidate rejected = store.candidate(session, CandidateStatus.ENDED, null);
        store.decide(session.memberId(), rejected.id(), Decision.NO_CERTIFICATE, "ABSENT", 0, store.clock.instant());

        assertThatThrownBy(() -> publish.publishSession(new Actor("manager", false, Map.of()), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-FORBIDDEN"));
        assertThat(publish.publishSession(InMemoryCertification.officer(), session.id())).isEqualTo(2);
        assertThat(published).hasSize(2);
        assertThatThrownBy(() -> publish.publish(InMemoryCertification.officer(), session.memberId(), rejected.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-NOT-TO-REVIEW"));
    }

    private final PublishResults publishWithJuries = new PublishResults(store, store.sessionStore,
            store.certifyingAttempts, publication, frameworks, member -> Optional.of(ZoneId.of("Europe/Paris")),
            "Europe/Paris", store.permissions, store, events::add, store.clock, store.gate(true));

    private void juryDecides(Candidate candidate, MemberJuryVerdict verdict, boolean close) {
        store.memberJuries.decide(new MemberJuryDecision(candidate.id(), candidate.memberId(), candidate.sessionId(),
                verdict, verdict == MemberJuryVerdict.DEFERRED ? "Identité à vérifier" : null, "manager",
                store.clock.instant()));
        if (close) {
            store.memberJuries.close(candidate.memberId(), candidate.sessionId(), "manager", store.clock.instant());
        }
    }

    @Test
    void aCandidateWhoseEssaysAreNotAllMarkedIsNotPublished() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = toReview(session);
        store.essayMarkings.put(candidate.attemptId(), new CertificationEssays.Marking(2, 1, 1, List.of(4)));

        assertThatThrownBy(() -> publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-ESSAYS-UNMARKED"));
        assertThat(publish.publishSession(InMemoryCertification.officer(), session.id())).isZero();

        store.essayMarkings.put(candidate.attemptId(), new CertificationEssays.Marking(2, 2, 0, List.of(4, 5)));
        assertThat(publish.publish(InMemoryCertification.officer(), session.memberId(), candidate.id())).isTrue();
    }

    @Test
    void withMemberJuriesRequiredOnlyWhatAClosedJuryEndorsedIsPublished() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate endorsed = toReview(session);
        Candidate deferred = toReview(session);
        Candidate undecided = toReview(session);
        juryDecides(endorsed, MemberJuryVerdict.ENDORSED, false);

        assertThatThrownBy(() -> publishWithJuries.publish(InMemoryCertification.officer(), session.memberId(),
                endorsed.id())).as("the jury is still open").isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-MEMBER-JURY-PENDING"));
        juryDecides(deferred, MemberJuryVerdict.DEFERRED, true);

        assertThatThrownBy(() -> publishWithJuries.publish(InMemoryCertification.officer(), session.memberId(),
                deferred.id())).isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-MEMBER-JURY-DEFERRED"));
        assertThatThrownBy(() -> publishWithJuries.publish(InMemoryCertification.officer(), session.memberId(),
                undecided.id())).isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-MEMBER-JURY-PENDING"));
        assertThat(publishWithJuries.publishSession(InMemoryCertification.officer(), session.id())).isEqualTo(1);
        assertThat(published).containsExactly(endorsed.attemptId());
    }

    @Test
    void withMemberJuriesOptionalTheOfficerNeedNotWaitButAClosedJurysDeferralHolds() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate waiting = toReview(session);
        Candidate deferred = toReview(session);
        juryDecides(deferred, MemberJuryVerdict.DEFERRED, true);

        assertThat(publish.publish(InMemoryCertification.officer(), session.memberId(), waiting.id())).isTrue();
        assertThatThrownBy(() -> publish.publish(InMemoryCertification.officer(), session.memberId(), deferred.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-MEMBER-JURY-DEFERRED"));
    }
}

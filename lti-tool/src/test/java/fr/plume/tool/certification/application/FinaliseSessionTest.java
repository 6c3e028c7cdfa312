package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertifyingAttempts.CertifyingAttempt;
import fr.plume.tool.assessment.api.CertifyingAttempts.CompetencyLevel;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.IncidentKind;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.Rescore;
import org.junit.jupiter.api.Test;

class FinaliseSessionTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final FinaliseSession finalise = new FinaliseSession(store.sessionStore, store, store.incidentStore,
            store.certifyingAttempts, store.permissions, store, store.clock, new RescoreCandidate(store,
                    store.incidentStore, store.certifyingAttempts, store.permissions, store, store.clock));

    private UUID finishedAttempt(int answers, boolean valid) {
        UUID id = UUID.randomUUID();
        Instant start = store.clock.instant().minus(Duration.ofMinutes(100));
        List<Instant> answered = IntStream.range(0, answers).mapToObj(i -> start.plusSeconds(60L * (i + 1))).toList();
        store.attempts.put(id, new CertifyingAttempt(id, false, start, start.plus(Duration.ofMinutes(90)), answered,
                valid, valid ? 600 : null, valid ? 1000 : null, valid ? 40 : null, valid ? 4 : null,
                valid ? List.of(new CompetencyLevel("1.1", 4, 0.3)) : List.of()));
        return id;
    }

    @Test
    void theAutomaticJuryDecidesEachCandidateAndTheSessionCloses() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate valid = store.candidate(session, CandidateStatus.STARTED, finishedAttempt(40, true));
        Candidate hit = store.candidate(session, CandidateStatus.STARTED, finishedAttempt(32, true));
        Candidate absent = store.candidate(session, CandidateStatus.ENROLLED, null);
        Instant start = store.attempts.get(hit.attemptId()).startedAt();
        store.incidentStore.insert(new Incident(UUID.randomUUID(), session.memberId(), session.id(), hit.id(), IncidentKind.TECHNICAL,
                "", start, start.plusSeconds(60 * 5), "invigilator"));

        FinaliseSession.Finalised result = finalise.finalise(InMemoryCertification.officer(), session.id());

        assertThat(result).isEqualTo(new FinaliseSession.Finalised(1, 2));
        assertThat(store.candidates.get(valid.id()).decision()).isEqualTo(Decision.TO_REVIEW);
        assertThat(store.candidates.get(hit.id()).decision()).isEqualTo(Decision.NO_CERTIFICATE);
        assertThat(store.candidates.get(hit.id()).neutralisedItems()).isEqualTo(5);
        assertThat(store.candidates.get(absent.id()).decisionReason()).isEqualTo("ABSENT");
        assertThat(store.sessionStore.find(session.id()).orElseThrow().finalised()).isTrue();
        assertThat(store.actions()).endsWith("session.finalised");
        assertThatThrownBy(() -> finalise.finalise(InMemoryCertification.officer(), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-SESSION-FINALISED"));
    }

    @Test
    void itemsTheJuryNeutralisesLeaveTheScore() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate hit = store.candidate(session, CandidateStatus.STARTED, finishedAttempt(40, true));
        Candidate untouched = store.candidate(session, CandidateStatus.STARTED, finishedAttempt(40, true));
        Instant start = store.attempts.get(hit.attemptId()).startedAt();
        store.incidentStore.insert(new Incident(UUID.randomUUID(), session.memberId(), session.id(), hit.id(),
                IncidentKind.TECHNICAL, "", start, start.plusSeconds(60 * 5), "invigilator"));
        store.rescored.put(hit.attemptId(), new CertifyingAttempts.Rescored(570, 44, 3,
                List.of(new CompetencyLevel("1.1", 3, 0.35)), 35));

        finalise.finalise(InMemoryCertification.officer(), session.id());

        assertThat(store.candidates.get(hit.id()).decision()).isEqualTo(Decision.TO_REVIEW);
        assertThat(store.neutralisedSeen.get(hit.attemptId())).hasSize(5);
        assertThat(store.rescores.get(hit.id())).isEqualTo(new Rescore(570, 44, 3,
                List.of(new Rescore.AreaLevel("1.1", 3, 0.35)), Rescore.RECOMPUTED, "automatic-jury"));
        assertThat(store.rescores).doesNotContainKey(untouched.id());
        assertThat(store.audit).filteredOn(e -> e.action().equals("candidate.rescored")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("score=570 level=3 recomputed counted=35"));
    }

    @Test
    void aCandidateStillWithinTheirTimeBlocksFinalising() {
        CertificationSession session = store.session(UUID.randomUUID());
        UUID attempt = UUID.randomUUID();
        Instant now = store.clock.instant();
        store.attempts.put(attempt, new CertifyingAttempt(attempt, true, now, now.plus(Duration.ofMinutes(30)), List.of(),
                null, null, null, null, null, List.of()));
        store.candidate(session, CandidateStatus.STARTED, attempt);
        assertThatThrownBy(() -> finalise.finalise(InMemoryCertification.officer(), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-STILL-SITTING"));
        assertThat(store.ended).isEmpty();
    }

    @Test
    void anInvigilatorCannotFinalise() {
        CertificationSession session = store.session(UUID.randomUUID());
        assertThatThrownBy(() -> finalise.finalise(new Actor(null, false, Map.of(session.id(), session.invigilationGrant())), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-FORBIDDEN"));
    }
}

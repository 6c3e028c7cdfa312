package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertifyingAttempts.CertifyingAttempt;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** A member university's jury (its centre's managers) decides on its own candidates and closes, on in-memory ports. */
class HoldMemberJuryTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final HoldMemberJury jury = new HoldMemberJury(store.sessionStore, store, store.certifyingAttempts,
            store.memberJuries, store.gate(true), store.permissions, store, store.clock);
    private final Actor manager = new Actor("manager-a", false, Map.of());
    private final CertificationSession session = finalisedSessionManagedBy(manager);

    private CertificationSession finalisedSessionManagedBy(Actor actor) {
        CertificationSession created = store.session(UUID.randomUUID());
        store.managers.put(created.centreId(), new java.util.ArrayList<>(List.of(actor.name())));
        store.sessionStore.finalise(created.id(), store.clock.instant(), actor.name());
        return store.sessions.get(created.id());
    }

    private Candidate toReview() {
        UUID attempt = UUID.randomUUID();
        store.attempts.put(attempt, new CertifyingAttempt(attempt, false, store.clock.instant(), store.clock.instant(),
                List.of(), true, 640, 1000, 38, 4, List.of()));
        Candidate candidate = store.candidate(session, CandidateStatus.ENDED, attempt);
        store.decide(session.memberId(), candidate.id(), Decision.TO_REVIEW, null, 0, store.clock.instant());
        return candidate;
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlumeProblemException.class,
                p -> assertThat(p.code()).isEqualTo(code));
    }

    @Test
    void theJuryEndorsesOrDefersWithAReasonThenClosesAndEveryStepIsAudited() {
        Candidate endorsed = toReview();
        Candidate deferred = toReview();

        jury.decide(manager, session.id(), endorsed.id(), MemberJuryVerdict.ENDORSED, "");
        refused(() -> jury.decide(manager, session.id(), deferred.id(), MemberJuryVerdict.DEFERRED, "  "),
                "CERTIFICATION-REASON-REQUIRED");
        refused(() -> jury.close(manager, session.id()), "CERTIFICATION-MEMBER-JURY-INCOMPLETE");
        jury.decide(manager, session.id(), deferred.id(), MemberJuryVerdict.DEFERRED, "Pièce d’identité à vérifier");
        jury.close(manager, session.id());

        assertThat(jury.show(manager, session.id()).closed()).isTrue();
        assertThat(store.juryDecisions.get(deferred.id()).reason()).isEqualTo("Pièce d’identité à vérifier");
        refused(() -> jury.decide(manager, session.id(), deferred.id(), MemberJuryVerdict.ENDORSED, ""),
                "CERTIFICATION-MEMBER-JURY-CLOSED");
        assertThat(store.actions()).containsExactly("member-jury.endorsed", "member-jury.deferred", "member-jury.closed");
        assertThat(store.audit.get(1).details()).as("the reason stays off the log").doesNotContain("identité");
    }

    @Test
    void anotherMembersManagerAndTheOfficerDoNotSitOnThisJury() {
        Candidate candidate = toReview();
        Actor otherManager = new Actor("manager-b", false, Map.of());
        finalisedSessionManagedBy(otherManager);

        refused(() -> jury.show(otherManager, session.id()), "CERTIFICATION-FORBIDDEN");
        refused(() -> jury.decide(otherManager, session.id(), candidate.id(), MemberJuryVerdict.ENDORSED, ""),
                "CERTIFICATION-FORBIDDEN");
        refused(() -> jury.close(otherManager, session.id()), "CERTIFICATION-FORBIDDEN");
        refused(() -> jury.decide(InMemoryCertification.officer(), session.id(), candidate.id(),
                MemberJuryVerdict.ENDORSED, ""), "CERTIFICATION-FORBIDDEN");
        assertThat(jury.show(InMemoryCertification.officer(), session.id()).mayDecide()).isFalse();
        assertThat(store.juryDecisions).isEmpty();
    }

    @Test
    void aCandidateOfAnotherSessionIsNotFoundAndAnOpenSessionHasNoJuryYet() {
        CertificationSession other = finalisedSessionManagedBy(manager);
        Candidate elsewhere = store.candidate(other, CandidateStatus.ENDED, null);
        store.decide(other.memberId(), elsewhere.id(), Decision.TO_REVIEW, null, 0, store.clock.instant());

        refused(() -> jury.decide(manager, session.id(), elsewhere.id(), MemberJuryVerdict.ENDORSED, ""),
                "CERTIFICATION-NOT-FOUND");
        CertificationSession open = store.session(session.memberId());
        store.managers.put(open.centreId(), new java.util.ArrayList<>(List.of(manager.name())));
        refused(() -> jury.close(manager, open.id()), "CERTIFICATION-SESSION-NOT-FINALISED");
    }
}

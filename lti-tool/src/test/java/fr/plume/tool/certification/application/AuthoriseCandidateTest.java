package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthoriseCandidateTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final AuthoriseCandidate authorise = new AuthoriseCandidate(store.sessionStore, store, store.permissions,
            store, store.clock);

    @Test
    void theSessionsInvigilatorAuthorisesAWaitingCandidateAndItIsAudited() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = store.candidate(session, CandidateStatus.WAITING, null);

        authorise.authorise(InMemoryCertification.invigilatorOf(session), session.id(), candidate.id());

        assertThat(store.candidates.get(candidate.id()).status()).isEqualTo(CandidateStatus.AUTHORISED);
        assertThat(store.audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("candidate.start-authorised");
            assertThat(e.actor()).isEqualTo("invigilator:" + session.id());
        });
    }

    @Test
    void anotherSessionsInvigilatorOrAnAnonymousVisitorIsRefused() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = store.candidate(session, CandidateStatus.WAITING, null);
        for (Actor intruder : Set.of(new Actor(null, false, Map.of(UUID.randomUUID(), session.invigilationGrant())), Actor.anonymous(),
                new Actor("manager-elsewhere", false, Map.of()))) {
            assertThatThrownBy(() -> authorise.authorise(intruder, session.id(), candidate.id()))
                    .isInstanceOfSatisfying(PlumeProblemException.class,
                            p -> assertThat(p.code()).isEqualTo("CERTIFICATION-FORBIDDEN"));
        }
        assertThat(store.candidates.get(candidate.id()).status()).isEqualTo(CandidateStatus.WAITING);
        assertThat(store.audit).isEmpty();
    }

    @Test
    void onlyAWaitingCandidateCanBeAuthorised() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate sitting = store.candidate(session, CandidateStatus.STARTED, UUID.randomUUID());
        assertThatThrownBy(() -> authorise.authorise(InMemoryCertification.officer(), session.id(), sitting.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CERTIFICATION-NOT-WAITING"));
    }
}

package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.CertifyingAdmissions.Admission;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmitCandidatesTest {

    private final InMemoryCertification store = new InMemoryCertification();

    private AdmitCandidates admissions(boolean invigilated) {
        return new AdmitCandidates(store, new CertificationRules(invigilated, 0, 2, 12), store, store.clock);
    }

    @Test
    void anAuthorisedCandidateIsAdmittedWithTheAccommodationsOfTheirEnrolmentOnce() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = store.candidate(session, CandidateStatus.AUTHORISED, null);
        AdmitCandidates admit = admissions(true);

        assertThat(admit.admit(session.memberId(), candidate.userId(), "certification"))
                .isEqualTo(new Admission(true, true, 33, true));
        UUID attempt = UUID.randomUUID();
        admit.started(session.memberId(), candidate.userId(), "certification", attempt);

        assertThat(store.candidates.get(candidate.id()).status()).isEqualTo(CandidateStatus.STARTED);
        assertThat(store.candidates.get(candidate.id()).attemptId()).isEqualTo(attempt);
        assertThat(admit.admit(session.memberId(), candidate.userId(), "certification").admitted())
                .as("the authorisation served once").isFalse();
        assertThat(store.actions()).containsExactly("candidate.started");
    }

    @Test
    void waitingUnknownOrOtherCertificationCandidatesAreRefused() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate waiting = store.candidate(session, CandidateStatus.WAITING, null);
        AdmitCandidates admit = admissions(true);
        assertThat(admit.admit(session.memberId(), waiting.userId(), "certification")).isEqualTo(Admission.refused());
        assertThat(admit.admit(session.memberId(), UUID.randomUUID(), "certification")).isEqualTo(Admission.refused());
        Candidate authorised = store.candidate(session, CandidateStatus.AUTHORISED, null);
        assertThat(admit.admit(session.memberId(), authorised.userId(), "another-certification").admitted()).isFalse();
        assertThat(admit.admit(UUID.randomUUID(), authorised.userId(), "certification").admitted())
                .as("another member").isFalse();
    }

    @Test
    void withInvigilationOffTheLaunchDecides() {
        assertThat(admissions(false).admit(UUID.randomUUID(), UUID.randomUUID(), "certification"))
                .isEqualTo(Admission.notGoverned());
    }
}

package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.CertificationEssayMarked;
import fr.plume.tool.certification.domain.AuditEntry;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every mark of a certification essay becomes an audit row, about the candidate who sat the attempt. */
class AuditEssayMarkTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final AuditEssayMark audit = new AuditEssayMark(store, store);

    @Test
    void aMarkIsAuditedOnTheCandidateWhoSatTheAttempt() {
        CertificationSession session = store.session(UUID.randomUUID());
        UUID attempt = UUID.randomUUID();
        Candidate candidate = store.candidate(session, CandidateStatus.ENDED, attempt);
        UUID marker = UUID.randomUUID();

        audit.on(new CertificationEssayMarked(session.memberId(), attempt, 31, 2, marker, 5, "FINAL", 5));

        AuditEntry row = store.audit.get(0);
        assertThat(row.action()).isEqualTo("essay.marked");
        assertThat(row.subjectId()).isEqualTo(candidate.id());
        assertThat(row.actor()).isEqualTo("marker:" + marker);
        assertThat(row.details()).isEqualTo("attempt=" + attempt + " position=31 round=2 level=5 stage=FINAL finalLevel=5");
    }

    @Test
    void aMarkOfAnAttemptSatOutsideASessionIsAuditedOnTheAttempt() {
        UUID attempt = UUID.randomUUID();

        audit.on(new CertificationEssayMarked(UUID.randomUUID(), attempt, 1, 1, UUID.randomUUID(), 3, "AWAITING_SECOND",
                null));

        assertThat(store.audit).singleElement().satisfies(row -> {
            assertThat(row.subjectId()).isEqualTo(attempt);
            assertThat(row.details()).endsWith("stage=AWAITING_SECOND");
        });
    }
}

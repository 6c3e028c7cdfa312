package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.IncidentKind;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordIncidentTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final RecordIncident record = new RecordIncident(store.sessionStore, store, store.incidentStore, store.permissions, store,
            store.clock);

    @Test
    void anIncidentFromTheListIsRecordedWithWhenItBeganAndAuditedWithoutItsText() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = store.candidate(session, CandidateStatus.STARTED, UUID.randomUUID());

        Incident incident = record.record(InMemoryCertification.invigilatorOf(session), session.id(), candidate.id(),
                "TECHNICAL", "Coupure réseau pour Alice Martin", 5);

        assertThat(incident.kind()).isEqualTo(IncidentKind.TECHNICAL);
        assertThat(incident.startedAt()).isEqualTo(store.clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(store.incidents).containsExactly(incident);
        assertThat(store.audit).singleElement().satisfies(e -> assertThat(e.details())
                .isEqualTo("kind=TECHNICAL minutesAgo=5").doesNotContain("Alice"));
    }

    @Test
    void anUnknownKindAnOtherWithoutTextOrATimeOutOfRangeIsRefused() {
        CertificationSession session = store.session(UUID.randomUUID());
        Candidate candidate = store.candidate(session, CandidateStatus.STARTED, UUID.randomUUID());
        Actor officer = InMemoryCertification.officer();
        for (Runnable bad : new Runnable[] {
                () -> record.record(officer, session.id(), candidate.id(), "FIRE", "", 0),
                () -> record.record(officer, session.id(), candidate.id(), "OTHER", "  ", 0),
                () -> record.record(officer, session.id(), candidate.id(), "TECHNICAL", "", 241),
                () -> record.record(officer, session.id(), candidate.id(), "TECHNICAL", "", -1)}) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(PlumeProblemException.class,
                    p -> assertThat(p.code()).isEqualTo("CERTIFICATION-BAD-INCIDENT"));
        }
        assertThat(store.incidents).isEmpty();
    }
}

package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AccessCode;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.InvigilatorPin;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules a sitting in a centre: the officer or the centre's manager. The access code is drawn
 * until it names no other session; the PIN is returned once, to be handed to the invigilator, and
 * only its hash is kept.
 */
@Component
public class ScheduleSession {

    /** @param certificationId the certification activity's identity ({@code plume_activity}) */
    public record Request(Instant startsAt, String room, int capacity, int durationMinutes, String certificationId) {
    }

    public record Scheduled(CertificationSession session, String pin) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Centres centres;
    private final Sessions sessions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    ScheduleSession(Centres centres, Sessions sessions, Permissions permissions, AuditTrail audit, Clock clock) {
        this.centres = centres;
        this.sessions = sessions;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Scheduled schedule(Actor actor, UUID centreId, Request request) {
        Centre centre = centres.find(centreId).orElseThrow(() -> Permissions.refused(actor, "centre"));
        permissions.requireCentreStaff(actor, centre);
        String room = request.room() == null ? "" : request.room().strip();
        if (request.startsAt() == null || room.isEmpty() || room.length() > 200 || request.capacity() < 1
                || request.capacity() > 1000 || request.durationMinutes() < 1 || request.durationMinutes() > 600) {
            throw new PlumeProblemException("CERTIFICATION-BAD-SESSION", 400);
        }
        String certification = request.certificationId() == null || request.certificationId().isBlank()
                ? "certification" : request.certificationId().strip();
        String pin = InvigilatorPin.random(RANDOM);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        for (int attempt = 0; attempt < 20; attempt++) {
            CertificationSession session = new CertificationSession(id, centre.memberId(), centre.id(), certification,
                    request.startsAt(), room, request.capacity(), request.durationMinutes(), AccessCode.random(RANDOM),
                    InvigilatorPin.hash(id.toString(), pin), 0, false);
            if (sessions.insert(session, now)) {
                audit.append(centre.memberId(), actor.name(), "session.scheduled", id,
                        "centre=" + centre.id() + " room=" + room + " capacity=" + request.capacity());
                return new Scheduled(session, pin);
            }
        }
        throw new IllegalStateException("no free access code");
    }
}

package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Rescore;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.shared.domain.MemberTimeZones;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national officer publishes one candidate or every candidate of a session awaiting review. In
 * one transaction per call: assessment publishes the result (its grade is queued once, and only
 * now), the candidate is marked published and {@link CandidateCertified} is published, from which
 * the certificate is issued. Publishing again changes nothing. A candidate whose essays are not
 * all marked, or whose member jury has not endorsed them, is not published ({@link PublicationGate}).
 */
@Component
public class PublishResults {

    /** Above this standard error (θ scale) a level is shown as indicative only. */
    static final double INDICATIVE_STANDARD_ERROR = 0.5;

    private final Candidates candidates;
    private final Sessions sessions;
    private final CertifyingAttempts attempts;
    private final CertificationPublication publication;
    private final Frameworks frameworks;
    private final MemberTimeZones timeZones;
    private final ZoneId consortiumZone;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicationGate gate;

    PublishResults(Candidates candidates, Sessions sessions, CertifyingAttempts attempts,
            CertificationPublication publication, Frameworks frameworks, MemberTimeZones timeZones,
            @Value("${plume.display.time-zone:Europe/Paris}") String consortiumZone, Permissions permissions,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PublicationGate gate) {
        this.gate = gate;
        this.candidates = candidates;
        this.sessions = sessions;
        this.attempts = attempts;
        this.publication = publication;
        this.frameworks = frameworks;
        this.timeZones = timeZones;
        this.consortiumZone = ZoneId.of(consortiumZone);
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public boolean publish(Actor actor, UUID memberId, UUID candidateId) {
        permissions.requireOfficer(actor);
        Candidate candidate = candidates.lock(memberId, candidateId)
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (candidate.decision() == Decision.PUBLISHED) {
            return false;
        }
        if (candidate.decision() != Decision.TO_REVIEW) {
            throw new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409);
        }
        gate.requirePublishable(candidate);
        CertificationSession session = sessions.find(candidate.sessionId()).orElseThrow();
        publishOne(actor, session, candidate);
        return true;
    }

    /** @return how many candidates were published now (those the {@link PublicationGate} still holds are left) */
    @Transactional
    public int publishSession(Actor actor, UUID sessionId) {
        permissions.requireOfficer(actor);
        CertificationSession session = sessions.lock(sessionId)
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        int published = 0;
        for (Candidate listed : candidates.ofSession(session.memberId(), session.id())) {
            Candidate candidate = candidates.lock(session.memberId(), listed.id()).orElseThrow();
            if (candidate.decision() == Decision.TO_REVIEW && gate.standing(candidate).blocker().isEmpty()) {
                publishOne(actor, session, candidate);
                published++;
            }
        }
        return published;
    }

    private void publishOne(Actor actor, CertificationSession session, Candidate candidate) {
        CertifyingAttempts.CertifyingAttempt attempt = attempts.describe(candidate.memberId(), candidate.userId(),
                candidate.attemptId()).filter(a -> a.scaledScore() != null)
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409));
        Optional<Rescore> rescored = candidates.rescoreOf(candidate.memberId(), candidate.id());
        int score = rescored.map(Rescore::scaledScore).orElse(attempt.scaledScore());
        int margin = rescored.map(Rescore::scoreMargin).orElse(attempt.scoreMargin() == null ? 0 : attempt.scoreMargin());
        int level = rescored.map(Rescore::level).orElse(attempt.level());
        publication.publish(candidate.memberId(), candidate.attemptId(), actor.name(),
                rescored.map(Rescore::scaledScore).orElse(null));
        Instant now = Instant.now(clock);
        candidates.decide(candidate.memberId(), candidate.id(), Decision.PUBLISHED, null, candidate.neutralisedItems(),
                now);
        ZoneId zone = timeZones.timeZone(candidate.memberId()).orElse(consortiumZone);
        List<CandidateCertified.AreaLevel> competencies = rescored
                .map(r -> r.competencies().stream().map(c -> areaLevel(c.code(), c.level(), c.standardError())).toList())
                .orElseGet(() -> attempt.competencies().stream()
                        .map(c -> areaLevel(c.code(), c.level(), c.standardError())).toList());
        events.publishEvent(new CandidateCertified(candidate.id(), candidate.attemptId(), candidate.memberId(),
                candidate.userId(), candidate.holderName(), session.certificationId(), frameworkVersion(),
                session.startsAt().atZone(zone).toLocalDate(), score, margin, level, domains(competencies),
                competencies, now));
        audit.append(candidate.memberId(), actor.name(), "candidate.published", candidate.id(),
                "attempt=" + candidate.attemptId() + " score=" + score + " level=" + level
                        + (rescored.isPresent() ? " rescored" : ""));
    }

    private static CandidateCertified.AreaLevel areaLevel(String code, int level, double standardError) {
        return new CandidateCertified.AreaLevel(code, level, standardError, standardError > INDICATIVE_STANDARD_ERROR);
    }

    private String frameworkVersion() {
        return frameworks.current().map(f -> f.framework().version()).orElse("");
    }

    /**
     * A domain's level is the rounded mean of its competencies' levels; its standard error that of
     * a mean of independent estimates.
     */
    static List<CandidateCertified.AreaLevel> domains(List<CandidateCertified.AreaLevel> competencies) {
        Map<String, List<CandidateCertified.AreaLevel>> byDomain = new TreeMap<>();
        competencies.forEach(c -> byDomain.computeIfAbsent(c.code().split("\\.")[0], k -> new ArrayList<>()).add(c));
        List<CandidateCertified.AreaLevel> domains = new ArrayList<>();
        byDomain.forEach((code, list) -> {
            int level = (int) Math.round(list.stream().mapToInt(CandidateCertified.AreaLevel::level).average().orElse(1));
            double se = Math.sqrt(list.stream().mapToDouble(c -> c.standardError() * c.standardError()).sum())
                    / list.size();
            domains.add(new CandidateCertified.AreaLevel(code, level, se, se > INDICATIVE_STANDARD_ERROR));
        });
        return domains;
    }
}

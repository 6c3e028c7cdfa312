package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.EligibilityRule;
import fr.plume.tool.certification.domain.Roster;
import fr.plume.tool.certification.domain.RosterReader;
import fr.plume.tool.certification.domain.RosterRules;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.lti.api.LaunchDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a session's candidates from the centre's roster (CSV or XLSX). Every row is checked first
 * and every problem reported with its line; then, only when there is none, all rows are enrolled in
 * one transaction. Each row says whether the person's profile meets the eligibility rule, and why
 * not: a candidate not yet eligible is enrolled but cannot start.
 */
@Component
public class EnrolRoster {

    public record Ineligible(int line, String holderName, String reason) {
    }

    /** @param problems when not empty, nothing was enrolled */
    public record Outcome(int enrolled, List<Ineligible> ineligible, List<Roster.Problem> problems) {
    }

    private final Sessions sessions;
    private final Candidates candidates;
    private final RosterReader reader;
    private final LaunchDirectory directory;
    private final CandidateProfiles profiles;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    EnrolRoster(Sessions sessions, Candidates candidates, RosterReader reader, LaunchDirectory directory,
            CandidateProfiles profiles, Permissions permissions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.reader = reader;
        this.directory = directory;
        this.profiles = profiles;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome enrol(Actor actor, UUID sessionId, String fileName, byte[] content) {
        CertificationSession session = permissions.lockOpenSessionForStaff(sessions, actor, sessionId);
        Roster roster = reader.read(fileName, content);
        if (!roster.problems().isEmpty()) {
            return new Outcome(0, List.of(), roster.problems());
        }
        List<Roster.Problem> problems = new ArrayList<>();
        int existing = candidates.count(session.memberId(), session.id());
        if (existing + roster.rows().size() > session.capacity()) {
            problems.add(new Roster.Problem(roster.rows().get(roster.rows().size() - 1).line(), "", "OVER_CAPACITY"));
        }
        for (Roster.Row row : roster.rows()) {
            if (candidates.bySubject(session.memberId(), session.id(), row.platformSubject()).isPresent()) {
                problems.add(new Roster.Problem(row.line(), RosterRules.SUBJECT, "ALREADY_ENROLLED"));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, List.of(), problems);
        }
        Map<String, UUID> users = directory.usersBySubject(session.memberId(),
                roster.rows().stream().map(Roster.Row::platformSubject).toList());
        Instant now = Instant.now(clock);
        List<Ineligible> ineligible = new ArrayList<>();
        for (Roster.Row row : roster.rows()) {
            UUID userId = users.get(row.platformSubject());
            if (userId != null && candidates.byUser(session.memberId(), session.id(), userId).isPresent()) {
                userId = null; // already enrolled by launch: the roster row stays separate until the person joins
            }
            EligibilityRule.Verdict verdict = profiles.eligibility(session.memberId(), userId);
            if (!verdict.eligible()) {
                ineligible.add(new Ineligible(row.line(), row.holderName(), verdict.reason()));
            }
            candidates.insert(new Candidate(UUID.randomUUID(), session.memberId(), session.id(), row.platformSubject(),
                    userId, row.holderName(), row.extraTimePercent(), row.accessibleItems(), verdict.eligible(),
                    verdict.reason(), CandidateStatus.ENROLLED, null, Decision.PENDING, null, 0), now);
        }
        audit.append(session.memberId(), actor.name(), "session.roster-enrolled", session.id(),
                "file=" + safe(fileName) + " rows=" + roster.rows().size() + " ineligible=" + ineligible.size());
        return new Outcome(roster.rows().size(), ineligible, List.of());
    }

    private static String safe(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^\\w .-]", "_");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}

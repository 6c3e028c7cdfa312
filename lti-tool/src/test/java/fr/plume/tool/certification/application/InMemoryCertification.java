package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertificationEssays;
import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AccessCode;
import fr.plume.tool.certification.domain.AuditEntry;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.MemberJuries;
import fr.plume.tool.certification.domain.MemberJuryDecision;
import fr.plume.tool.certification.domain.Rescore;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.support.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** The certification module's ports in memory, for use-case tests without a database. */
final class InMemoryCertification implements Centres, Candidates, AuditTrail {

    final MovableClock clock = MovableClock.stopped();
    final Map<UUID, Centre> centres = new LinkedHashMap<>();
    final Map<UUID, List<String>> managers = new HashMap<>();
    final Map<UUID, CertificationSession> sessions = new LinkedHashMap<>();
    final Map<UUID, Candidate> candidates = new LinkedHashMap<>();
    final List<Incident> incidents = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final Map<UUID, CertifyingAttempts.CertifyingAttempt> attempts = new HashMap<>();
    final List<UUID> ended = new ArrayList<>();
    final Map<UUID, CertifyingAttempts.Rescored> rescored = new HashMap<>();
    final Map<UUID, Set<Instant>> neutralisedSeen = new HashMap<>();
    final Map<UUID, Rescore> rescores = new HashMap<>();

    final Permissions permissions = new Permissions(this);
    final Map<UUID, CertificationEssays.Marking> essayMarkings = new HashMap<>();
    final CertificationEssays certificationEssays = (member, attempt) -> essayMarkings.getOrDefault(attempt,
            CertificationEssays.Marking.none());
    final Map<UUID, MemberJuryDecision> juryDecisions = new LinkedHashMap<>();
    final Map<UUID, Instant> juryClosures = new HashMap<>();

    final MemberJuries memberJuries = new MemberJuries() {
        @Override public void decide(MemberJuryDecision decision) { juryDecisions.put(decision.candidateId(), decision); }
        @Override public Optional<MemberJuryDecision> of(UUID memberId, UUID candidateId) {
            return Optional.ofNullable(juryDecisions.get(candidateId)).filter(d -> d.memberId().equals(memberId));
        }
        @Override public List<MemberJuryDecision> ofSession(UUID memberId, UUID sessionId) {
            return juryDecisions.values().stream().filter(d -> d.memberId().equals(memberId)
                    && d.sessionId().equals(sessionId)).toList();
        }
        @Override public Optional<Instant> closedAt(UUID memberId, UUID sessionId) {
            return Optional.ofNullable(juryClosures.get(sessionId));
        }
        @Override public boolean close(UUID memberId, UUID sessionId, String by, Instant at) {
            return juryClosures.putIfAbsent(sessionId, at) == null;
        }
    };

    PublicationGate gate(boolean memberJuryRequired) {
        return new PublicationGate(certificationEssays, memberJuries, memberJuryRequired);
    }

    final Incidents incidentStore = new Incidents() {
        @Override public void insert(Incident incident) { incidents.add(incident); }
        @Override public List<Incident> ofSession(UUID memberId, UUID sessionId) {
            return incidents.stream().filter(i -> i.memberId().equals(memberId) && i.sessionId().equals(sessionId)).toList();
        }
    };

    final Sessions sessionStore = new Sessions() {
        @Override public boolean insert(CertificationSession session, Instant at) { sessions.put(session.id(), session); return true; }
        @Override public Optional<CertificationSession> findByCode(AccessCode code) {
            return sessions.values().stream().filter(s -> s.accessCode().equals(code)).findFirst();
        }
        @Override public Optional<CertificationSession> lock(UUID id) { return Optional.ofNullable(sessions.get(id)); }
        @Override public List<CertificationSession> ofCentres(List<UUID> centreIds) {
            return sessions.values().stream().filter(s -> centreIds.contains(s.centreId())).toList();
        }
        @Override public void countPinFailure(UUID id) { }
        @Override public void clearPinFailures(UUID id) { }
        @Override public void replacePin(UUID memberId, UUID id, String pinHash) {
            CertificationSession s = sessions.get(id);
            sessions.put(id, new CertificationSession(s.id(), s.memberId(), s.centreId(), s.certificationId(), s.startsAt(),
                    s.room(), s.capacity(), s.durationMinutes(), s.accessCode(), pinHash, 0, s.finalised()));
        }
        @Override public void finalise(UUID id, Instant at, String by) {
            CertificationSession s = sessions.get(id);
            sessions.put(id, new CertificationSession(s.id(), s.memberId(), s.centreId(), s.certificationId(), s.startsAt(),
                    s.room(), s.capacity(), s.durationMinutes(), s.accessCode(), s.pinHash(), s.pinFailures(), true));
        }

        @Override public Optional<CertificationSession> find(UUID id) { return Optional.ofNullable(sessions.get(id)); }
    };


    final CertifyingAttempts certifyingAttempts = new CertifyingAttempts() {
        @Override
        public Optional<CertifyingAttempt> describe(UUID memberId, UUID userId, UUID attemptId) {
            return Optional.ofNullable(attempts.get(attemptId));
        }

        @Override
        public Optional<Rescored> rescoreWithout(UUID memberId, UUID userId, UUID attemptId,
                Set<Instant> neutralisedAnsweredAt) {
            neutralisedSeen.put(attemptId, Set.copyOf(neutralisedAnsweredAt));
            return Optional.ofNullable(rescored.get(attemptId));
        }

        @Override
        public boolean end(UUID memberId, UUID userId, UUID attemptId) {
            ended.add(attemptId);
            CertifyingAttempt a = attempts.get(attemptId);
            if (a == null || !a.inProgress()) {
                return false;
            }
            attempts.put(attemptId, new CertifyingAttempt(a.attemptId(), false, a.startedAt(), a.deadline(),
                    a.answeredAt(), false, null, null, null, null, List.of()));
            return true;
        }
    };

    static Actor officer() {
        return new Actor("officer", true, Map.of());
    }

    static Actor invigilatorOf(CertificationSession session) {
        return new Actor(null, false, Map.of(session.id(), session.invigilationGrant()));
    }

    CertificationSession session(UUID memberId) {
        Centre centre = new Centre(UUID.randomUUID(), memberId, "Centre");
        insert(centre);
        CertificationSession session = new CertificationSession(UUID.randomUUID(), memberId, centre.id(), "certification",
                clock.instant(), "Salle 1", 10, 120, new AccessCode("ACDEFG"), "hash", 0, false);
        sessionStore.insert(session, clock.instant());
        return session;
    }

    Candidate candidate(CertificationSession session, CandidateStatus status, UUID attemptId) {
        Candidate candidate = new Candidate(UUID.randomUUID(), session.memberId(), session.id(), null, UUID.randomUUID(),
                "Alice Martin", 33, true, true, null, status, attemptId, Decision.PENDING, null, 0);
        candidates.put(candidate.id(), candidate);
        return candidate;
    }

    List<String> actions() {
        return audit.stream().map(AuditEntry::action).toList();
    }

    // Centres
    @Override public void insert(Centre centre) { centres.put(centre.id(), centre); }
    @Override public Optional<Centre> find(UUID id) { return Optional.ofNullable(centres.get(id)); }
    @Override public List<Centre> all() { return List.copyOf(centres.values()); }
    @Override public List<Centre> managedBy(String username) {
        return centres.values().stream().filter(c -> managers.getOrDefault(c.id(), List.of()).contains(username)).toList();
    }
    @Override public boolean manages(UUID centreId, String username) {
        return managers.getOrDefault(centreId, List.of()).contains(username);
    }
    @Override public boolean addManager(Centre centre, String username) {
        return managers.computeIfAbsent(centre.id(), k -> new ArrayList<>()).add(username);
    }
    @Override public List<String> managers(UUID centreId) { return managers.getOrDefault(centreId, List.of()); }

    // Candidates
    @Override public void insert(Candidate candidate, Instant at) { candidates.put(candidate.id(), candidate); }
    @Override public Optional<Candidate> find(UUID memberId, UUID id) {
        return Optional.ofNullable(candidates.get(id)).filter(c -> c.memberId().equals(memberId));
    }
    @Override public Optional<Candidate> lock(UUID memberId, UUID id) { return find(memberId, id); }
    @Override public List<Candidate> ofSession(UUID memberId, UUID sessionId) {
        return candidates.values().stream().filter(c -> c.memberId().equals(memberId) && c.sessionId().equals(sessionId)).toList();
    }
    @Override public int count(UUID memberId, UUID sessionId) { return ofSession(memberId, sessionId).size(); }
    @Override public Optional<Candidate> bySubject(UUID memberId, UUID sessionId, String subject) {
        return ofSession(memberId, sessionId).stream().filter(c -> subject.equals(c.platformSubject())).findFirst();
    }
    @Override public Optional<Candidate> byUser(UUID memberId, UUID sessionId, UUID userId) {
        return ofSession(memberId, sessionId).stream().filter(c -> userId.equals(c.userId())).findFirst();
    }
    @Override public Optional<Candidate> byAttempt(UUID memberId, UUID attemptId) {
        return candidates.values().stream().filter(c -> c.memberId().equals(memberId) && attemptId.equals(c.attemptId()))
                .findFirst();
    }
    @Override public Optional<Candidate> lockOpenCandidacy(UUID memberId, UUID userId, String certificationId) {
        return candidates.values().stream().filter(c -> c.memberId().equals(memberId) && userId.equals(c.userId()))
                .filter(c -> !sessions.get(c.sessionId()).finalised()
                        && sessions.get(c.sessionId()).certificationId().equals(certificationId)).findFirst();
    }
    @Override public void linkUser(UUID memberId, UUID candidateId, UUID userId, boolean eligible, String reason, Instant at) { }
    @Override public void changeStatus(UUID memberId, UUID candidateId, CandidateStatus status, Instant at) {
        candidates.computeIfPresent(candidateId, (id, c) -> c.withStatus(status));
    }
    @Override public void attachAttempt(UUID memberId, UUID candidateId, UUID attemptId, Instant at) {
        candidates.computeIfPresent(candidateId, (id, c) -> new Candidate(c.id(), c.memberId(), c.sessionId(),
                c.platformSubject(), c.userId(), c.holderName(), c.extraTimePercent(), c.accessibleItems(), c.eligible(),
                c.ineligibleReason(), CandidateStatus.STARTED, attemptId, c.decision(), c.decisionReason(), c.neutralisedItems()));
    }
    @Override public void decide(UUID memberId, UUID candidateId, Decision decision, String reason, int neutralised, Instant at) {
        candidates.computeIfPresent(candidateId, (id, c) -> new Candidate(c.id(), c.memberId(), c.sessionId(),
                c.platformSubject(), c.userId(), c.holderName(), c.extraTimePercent(), c.accessibleItems(), c.eligible(),
                c.ineligibleReason(), c.status(), c.attemptId(), decision, reason, neutralised));
    }
    @Override public List<Candidate> withDecision(Decision decision, int limit) {
        return candidates.values().stream().filter(c -> c.decision() == decision).limit(limit).toList();
    }

    @Override public void rescore(UUID memberId, UUID candidateId, Rescore rescore, Instant at) {
        rescores.put(candidateId, rescore);
    }
    @Override public Optional<Rescore> rescoreOf(UUID memberId, UUID candidateId) {
        return Optional.ofNullable(rescores.get(candidateId));
    }

    // Audit
    @Override public AuditEntry append(UUID memberId, String actor, String action, UUID subjectId, String details) {
        String previous = audit.isEmpty() ? AuditEntry.GENESIS : audit.get(audit.size() - 1).hash();
        AuditEntry entry = AuditEntry.chained(audit.size() + 1, memberId, clock.instant(), actor, action, subjectId,
                details, previous);
        audit.add(entry);
        return entry;
    }
    @Override public void readInOrder(Predicate<AuditEntry> reader) {
        for (AuditEntry entry : audit) {
            if (!reader.test(entry)) {
                return;
            }
        }
    }
    @Override public List<AuditEntry> ofSubjects(List<UUID> subjectIds) {
        return audit.stream().filter(e -> subjectIds.contains(e.subjectId())).toList();
    }
    @Override public List<AuditEntry> latest(int limit) { return audit.stream().limit(limit).toList(); }
}

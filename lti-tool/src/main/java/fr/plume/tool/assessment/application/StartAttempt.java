package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Accommodations;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.infra.JdbcAttempts;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an attempt, or returns the one to resume: an unfinished attempt in the same mode (and,
 * for practice, on the same competencies) is resumed rather than duplicated; a certifying attempt
 * exists once per resource link, finished or not.
 */
@Component
public class StartAttempt {

    private static final Logger log = LoggerFactory.getLogger(StartAttempt.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcAttempts attempts;
    private final DeliverableBank bank;
    private final Clock clock;

    public StartAttempt(JdbcAttempts attempts, DeliverableBank bank, Clock clock) {
        this.attempts = attempts;
        this.bank = bank;
        this.clock = clock;
    }

    @Transactional
    public Attempt start(Student student, TestMode mode, Set<String> competencies) {
        return start(student, mode, competencies, false);
    }

    /**
     * @param writing a practice session where the student writes an essay of the one competency
     *                chosen (only in practice, only for a competency that has essays for them)
     */
    @Transactional
    public Attempt start(Student student, TestMode mode, Set<String> competencies, boolean writing) {
        Set<String> scope = mode == TestMode.FORMATIVE ? Set.copyOf(competencies) : Set.of();
        Accommodations accommodations = Accommodations.from(student.custom());
        if (writing) {
            if (mode != TestMode.FORMATIVE || scope.size() != 1
                    || bank.current().essays(scope.iterator().next(), accommodations.accessibleItems()).isEmpty()) {
                throw new PlumeProblemException("ASSESSMENT-NO-ESSAY", 400);
            }
        } else if (mode == TestMode.FORMATIVE) {
            if (scope.isEmpty() || !bank.current().bank().competencies().containsAll(scope)) {
                throw new PlumeProblemException("ASSESSMENT-UNKNOWN-COMPETENCY", 400);
            }
        }
        if (mode == TestMode.CERTIFICATION) {
            if (student.resourceLinkId() == null) {
                throw new PlumeProblemException("ASSESSMENT-CERTIFYING-NEEDS-LINK", 400);
            }
            Optional<Attempt> existing = attempts.certifying(student.memberId(), student.userId(), student.resourceLinkId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Optional<Attempt> unfinished = attempts.ofUser(student.memberId(), student.userId()).stream()
                .filter(Attempt::inProgress)
                .filter(a -> a.mode() == mode && a.competencies().equals(scope) && a.writing() == writing)
                .filter(a -> java.util.Objects.equals(a.resourceLinkId(), student.resourceLinkId()))
                .findFirst();
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        Instant now = Instant.now(clock);
        Instant deadline = mode == TestMode.CERTIFICATION ? TimeLimit.deadline(now, accommodations.extraTimePercent()) : null;
        Attempt attempt = new Attempt(UUID.randomUUID(), student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), mode, scope, RANDOM.nextLong(), accommodations.accessibleItems(),
                accommodations.extraTimePercent(), AttemptState.scoringVersionFor(now), now, deadline,
                AttemptStatus.IN_PROGRESS, null, null, writing, null);
        attempts.insert(attempt);
        log.info("event=attempt.started member={} attempt={} mode={} writing={}", attempt.memberId(), attempt.id(),
                mode, writing);
        return attempt;
    }
}

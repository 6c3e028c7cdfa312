package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Accommodations;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationSeat;
import fr.plume.tool.assessment.domain.ModulePractices;
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
 * for practice, on the same competencies) is resumed rather than duplicated. A certifying attempt
 * starts only from a certification activity and only while the person has attempts left at that
 * certification ({@link CertificationSeats}); an unfinished one is resumed from any of its links.
 */
@Component
public class StartAttempt {

    private static final Logger log = LoggerFactory.getLogger(StartAttempt.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Attempts attempts;
    private final DeliverableBank bank;
    private final CertificationSeats seats;
    private final ModulePractices practices;
    private final Clock clock;

    public StartAttempt(Attempts attempts, DeliverableBank bank, CertificationSeats seats, ModulePractices practices,
            Clock clock) {
        this.practices = practices;
        this.attempts = attempts;
        this.bank = bank;
        this.seats = seats;
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
            return startCertifying(student, accommodations);
        }
        Optional<Attempt> unfinished = attempts.ofUser(student.memberId(), student.userId()).stream()
                .filter(Attempt::inProgress)
                .filter(a -> a.mode() == mode && a.competencies().equals(scope) && a.writing() == writing)
                .filter(a -> java.util.Objects.equals(a.resourceLinkId(), student.resourceLinkId()))
                .filter(a -> mode != TestMode.FORMATIVE || practices.of(a.memberId(), a.id()).isEmpty())
                .findFirst();
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        Attempt attempt = newAttempt(student, mode, scope, accommodations, writing);
        attempts.insert(attempt);
        log.info("event=attempt.started member={} attempt={} mode={} writing={}", attempt.memberId(), attempt.id(),
                mode, writing);
        return attempt;
    }

    private Attempt startCertifying(Student student, Accommodations accommodations) {
        String certification = seats.requireCertification(student);
        if (student.resourceLinkId() == null) {
            throw new PlumeProblemException("ASSESSMENT-CERTIFYING-NEEDS-LINK", 400);
        }
        CertificationSeats.Standing standing = seats.standing(student, certification);
        if (standing.inProgress().isPresent()) {
            return standing.inProgress().get();
        }
        if (standing.exhausted()) {
            log.info("event=attempt.refused-certification-taken member={} certification={} attempts={}",
                    student.memberId(), certification, standing.seats().size());
            throw new PlumeProblemException("ASSESSMENT-CERTIFICATION-TAKEN", 409, standing.allowed());
        }
        Attempt attempt = newAttempt(student, TestMode.CERTIFICATION, Set.of(), accommodations, false);
        if (!attempts.insertCertifying(attempt, certification, standing.nextSeat())) {
            // Another request of this person took the seat first (a second tab, another node).
            return seats.standing(student, certification).inProgress()
                    .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-CERTIFICATION-TAKEN", 409,
                            standing.allowed()));
        }
        log.info("event=attempt.started member={} attempt={} mode=CERTIFICATION certification={} seat={}",
                attempt.memberId(), attempt.id(), certification, standing.nextSeat());
        return attempt;
    }

    private Attempt newAttempt(Student student, TestMode mode, Set<String> scope, Accommodations accommodations,
            boolean writing) {
        return newAttempt(student, mode, scope, accommodations, writing, Instant.now(clock));
    }

    static Attempt newAttempt(Student student, TestMode mode, Set<String> scope, Accommodations accommodations,
            boolean writing, Instant now) {
        Instant deadline = mode == TestMode.CERTIFICATION ? TimeLimit.deadline(now, accommodations.extraTimePercent()) : null;
        return new Attempt(UUID.randomUUID(), student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), mode, scope, RANDOM.nextLong(), accommodations.accessibleItems(),
                accommodations.extraTimePercent(), AttemptState.scoringVersionFor(now), now, deadline,
                AttemptStatus.IN_PROGRESS, null, null, writing, null);
    }
}

package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertifyingAdmissions;
import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Accommodations;
import fr.plume.tool.assessment.domain.BankPool;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.profile.ProfilePrior;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationSeat;
import fr.plume.tool.assessment.domain.ModulePractices;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an attempt, or returns the one to resume: an unfinished attempt in the same mode (and,
 * for practice, on the same competencies) is resumed rather than duplicated. A certifying attempt
 * starts only from a certification activity and only while the person has attempts left at that
 * certification ({@link CertificationSeats}); an unfinished one is resumed from any of its links.
 * A mock certification is started as often as the student likes, with the certification's time
 * limit, and resumed like practice.
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
    private final CertifyingAdmissions admissions;
    private final CandidatePriors priors;

    public StartAttempt(Attempts attempts, DeliverableBank bank, CertificationSeats seats, ModulePractices practices,
            Clock clock) {
        this(attempts, bank, seats, practices, clock, (CertifyingAdmissions) null);
    }

    @Autowired
    StartAttempt(Attempts attempts, DeliverableBank bank, CertificationSeats seats, ModulePractices practices,
            Clock clock, ObjectProvider<CertifyingAdmissions> admissions, CandidatePriors priors) {
        this(attempts, bank, seats, practices, clock, admissions.getIfAvailable(), priors);
    }

    /** @param admissions who may sit now (the certification module's invigilation); null: the launch decides */
    public StartAttempt(Attempts attempts, DeliverableBank bank, CertificationSeats seats, ModulePractices practices,
            Clock clock, CertifyingAdmissions admissions) {
        this(attempts, bank, seats, practices, clock, admissions, null);
    }

    /** @param priors the candidates' profiles a certifying attempt starts from; null: the population prior */
    public StartAttempt(Attempts attempts, DeliverableBank bank, CertificationSeats seats, ModulePractices practices,
            Clock clock, CertifyingAdmissions admissions, CandidatePriors priors) {
        this.practices = practices;
        this.attempts = attempts;
        this.bank = bank;
        this.seats = seats;
        this.clock = clock;
        this.admissions = admissions;
        this.priors = priors;
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
        if (mode == TestMode.MOCK_CERTIFICATION) {
            startFromProfile(attempt);
        }
        log.info("event=attempt.started member={} attempt={} mode={} writing={}", attempt.memberId(), attempt.id(),
                mode, writing);
        return attempt;
    }

    private Attempt startCertifying(Student student, Accommodations launchAccommodations) {
        String certification = seats.requireCertification(student);
        if (student.resourceLinkId() == null) {
            throw new PlumeProblemException("ASSESSMENT-CERTIFYING-NEEDS-LINK", 400);
        }
        CertifyingAdmissions.Admission admission = admissions == null ? CertifyingAdmissions.Admission.notGoverned()
                : admissions.admit(student.memberId(), student.userId(), certification);
        if (!admission.admitted()) {
            log.info("event=attempt.refused-not-admitted member={} certification={}", student.memberId(), certification);
            throw new PlumeProblemException("CERTIFICATION-NOT-ADMITTED", 403);
        }
        Accommodations accommodations = admission.governed()
                ? new Accommodations(admission.extraTimePercent(), admission.accessibleItems()) : launchAccommodations;
        Attempt attempt = startOrResumeCertifying(student, certification, accommodations);
        if (admission.governed()) {
            admissions.started(student.memberId(), student.userId(), certification, attempt.id());
        }
        return attempt;
    }

    private Attempt startOrResumeCertifying(Student student, String certification, Accommodations accommodations) {
        CertificationSeats.Standing standing = seats.standing(student, certification);
        if (standing.inProgress().isPresent()) {
            return standing.inProgress().get();
        }
        if (standing.exhausted()) {
            log.info("event=attempt.refused-certification-taken member={} certification={} attempts={}",
                    student.memberId(), certification, standing.seats().size());
            throw new PlumeProblemException("ASSESSMENT-CERTIFICATION-TAKEN", 409, standing.allowed());
        }
        requireBankLargeEnoughForCertification(accommodations.accessibleItems());
        Attempt attempt = newAttempt(student, TestMode.CERTIFICATION, Set.of(), accommodations, false);
        if (!attempts.insertCertifying(attempt, certification, standing.nextSeat())) {
            // Another request of this person took the seat first (a second tab, another node).
            return seats.standing(student, certification).inProgress()
                    .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-CERTIFICATION-TAKEN", 409,
                            standing.allowed()));
        }
        startFromProfile(attempt);
        log.info("event=attempt.started member={} attempt={} mode=CERTIFICATION certification={} seat={}",
                attempt.memberId(), attempt.id(), certification, standing.nextSeat());
        return attempt;
    }

    /**
     * Issue 17: a certifying or mock attempt starts from the candidate's recent profile rather than
     * from the population. The prior is as wide as the population ({@link ProfilePrior#WIDENED_SD})
     * and only steers the first items: the certified level is the WLE, which has no prior.
     */
    private void startFromProfile(Attempt attempt) {
        if (priors == null) {
            return;
        }
        int months = admissions == null ? CandidatePriors.DEFAULT_PROFILE_MONTHS : admissions.profileMonths();
        ProfilePrior prior = priors.of(attempt.memberId(), attempt.userId(), AttemptState.scoring(attempt), months);
        if (!prior.equals(ProfilePrior.population())) {
            attempts.savePrior(attempt.memberId(), attempt.id(),
                    new AbilityPosterior(prior.logDensity(EstimationSettings.defaults()), 0));
            log.info("event=attempt.prior member={} attempt={} priorMean={}", attempt.memberId(), attempt.id(),
                    String.format(java.util.Locale.ROOT, "%.2f", prior.mean()));
        }
    }

    /**
     * Refuses a new certifying attempt when the items this candidate may get are too few to keep
     * every item's exposure under the certification limit ({@link TestBlueprint#minimumBank()},
     * issue 15): a smaller bank would show the same items to too many candidates. Only the
     * certification pool counts ({@link BankPool}).
     */
    private void requireBankLargeEnoughForCertification(boolean accessibleOnly) {
        ItemBank items = bank.current().pool(BankPool.CERTIFICATION);
        TestBlueprint.MinimumBank minimum = TestBlueprint.certification().minimumBank();
        int[] perCompetency = new int[items.competencies().size()];
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!accessibleOnly || items.accessible(i)) {
                perCompetency[items.competencyOf(i)]++;
                total++;
            }
        }
        boolean thinCompetency = Arrays.stream(perCompetency).anyMatch(n -> n < minimum.itemsPerCompetency());
        if (total < minimum.items() || thinCompetency) {
            log.warn("event=attempt.refused-bank-too-small items={} minimum={} perCompetencyMinimum={}", total,
                    minimum.items(), minimum.itemsPerCompetency());
            throw new PlumeProblemException("ASSESSMENT-BANK-TOO-SMALL", 503, minimum.items(),
                    minimum.itemsPerCompetency());
        }
    }

    private Attempt newAttempt(Student student, TestMode mode, Set<String> scope, Accommodations accommodations,
            boolean writing) {
        return newAttempt(student, mode, scope, accommodations, writing, Instant.now(clock));
    }

    static Attempt newAttempt(Student student, TestMode mode, Set<String> scope, Accommodations accommodations,
            boolean writing, Instant now) {
        Instant deadline = mode.certificationLike() ? TimeLimit.deadline(now, accommodations.extraTimePercent()) : null;
        return new Attempt(UUID.randomUUID(), student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), mode, scope, RANDOM.nextLong(), accommodations.accessibleItems(),
                accommodations.extraTimePercent(), AttemptState.scoringVersionFor(now), now, deadline,
                AttemptStatus.IN_PROGRESS, null, null, writing, null);
    }
}

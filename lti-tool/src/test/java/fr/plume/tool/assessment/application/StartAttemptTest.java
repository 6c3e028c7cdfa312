package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.BankPool;
import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.profile.ProfilePrior;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting or resuming an attempt, on in-memory ports (the certification rule: {@link CertificationSeatsTest}). */
class StartAttemptTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of("plume_extra_time_percent", "50"));

    @Test
    void anUnfinishedAttemptOfTheSameModeAndLinkIsResumedNotDuplicated() {
        Attempt first = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"));

        assertThat(assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1")).id()).isEqualTo(first.id());
        assertThat(assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2")).id())
                .isNotEqualTo(first.id());
        Student otherLink = new Student(student.memberId(), student.userId(), UUID.randomUUID(), student.contextId(),
                Map.of());
        assertThat(assessment.startAttempt.start(otherLink, TestMode.FORMATIVE, Set.of("1.1")).id())
                .isNotEqualTo(first.id());
        assertThat(assessment.attempts.attempts).hasSize(3);
    }

    @Test
    void aNewAttemptCarriesTheStudentTheModeAndTheScoringInForce() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of("1.1"));

        assertThat(attempt.memberId()).isEqualTo(student.memberId());
        assertThat(attempt.userId()).isEqualTo(student.userId());
        assertThat(attempt.resourceLinkId()).isEqualTo(student.resourceLinkId());
        assertThat(attempt.contextId()).isEqualTo(student.contextId());
        assertThat(attempt.competencies()).as("the diagnostic covers every competency").isEmpty();
        assertThat(attempt.inProgress()).isTrue();
        assertThat(attempt.deadline()).as("only certification has a deadline").isNull();
        assertThat(attempt.startedAt()).isEqualTo(Instant.now(assessment.clock));
        assertThat(attempt.scoringVersion()).isEqualTo(AttemptState.scoringVersionFor(attempt.startedAt()));
        assertThat(assessment.attempts.attempts.get(attempt.id())).isEqualTo(attempt);
    }

    @Test
    void practiceNeedsKnownCompetenciesAndWritingOneWithAnEssay() {
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("9.9")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-UNKNOWN-COMPETENCY"));
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2"), true))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-NO-ESSAY"));

        Attempt writing = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"), true);

        assertThat(writing.writing()).isTrue();
        assertThat(assessment.attempts.attempts).hasSize(1);
    }

    @Test
    void aCertifyingAttemptFromACertificationLinkHasTheDeadlineWithTheExtraTime() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification",
                        "plume_extra_time_percent", "50"));

        assessment.publishACertificationSizedBank();
        Attempt attempt = assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of());

        assertThat(attempt.mode()).isEqualTo(TestMode.CERTIFICATION);
        assertThat(attempt.extraTimePercent()).isEqualTo(50);
        assertThat(attempt.deadline()).isEqualTo(TimeLimit.deadline(attempt.startedAt(), 50));
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-CERTIFICATION-WRONG-ACTIVITY"));
    }

    @Test
    void refusesToStartACertificationOnABankBelowItsMinimumSize() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));

        assertThatThrownBy(() -> assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-BANK-TOO-SMALL"));
        assertThat(assessment.attempts.attempts).isEmpty();
    }

    @Test
    void aMockCertificationStartsAsOftenAsWantedUnderTheCertificationTimeLimitWithoutSeatOrCertificate() {
        Student mockLink = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "MOCK_CERTIFICATION", "plume_activity", "mock-certification"));
        Set<UUID> started = new java.util.HashSet<>();

        for (int n = 0; n < 3; n++) {
            Attempt mock = assessment.startAttempt.start(mockLink, TestMode.MOCK_CERTIFICATION, Set.of());
            assertThat(mock.deadline()).isEqualTo(TimeLimit.deadline(mock.startedAt(), 0));
            assertThat(assessment.startAttempt.start(mockLink, TestMode.MOCK_CERTIFICATION, Set.of()).id())
                    .as("an unfinished mock is resumed").isEqualTo(mock.id());
            runToTheEnd(mockLink, mock.id(), new java.util.SplittableRandom(n));
            started.add(mock.id());
        }

        assertThat(started).hasSize(3);
        assertThat(assessment.heldForPublication).isEmpty();
        assertThat(assessment.events).noneMatch(e -> e.getClass().getSimpleName().startsWith("Certif"));
        assertThat(assessment.grades).hasSize(3).allMatch(g -> g.mode().equals("MOCK_CERTIFICATION"));
    }

    @Test
    void aMockCertificationNeverShowsACertificationPoolItem() {
        assessment.publishACertificationSizedBank();
        Student mockLink = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "MOCK_CERTIFICATION"));
        java.util.SplittableRandom answers = new java.util.SplittableRandom(15);

        for (int n = 0; n < 12; n++) {
            Attempt mock = assessment.startAttempt.start(mockLink, TestMode.MOCK_CERTIFICATION, Set.of());
            runToTheEnd(mockLink, mock.id(), answers);
        }

        java.util.List<String> families = assessment.attempts.shown.values().stream().flatMap(java.util.List::stream)
                .map(shown -> shown.parameters().familyId()).toList();
        assertThat(families).hasSizeGreaterThan(12 * 30)
                .allMatch(family -> BankPool.of(family) == BankPool.PRACTICE);
    }

    @Test
    void aMockCertificationTakesWhatThePracticePoolOffersForAThinCompetency() {
        assessment.publishACertificationSizedBank();
        assessment.keepPracticeItems("2.1", 1);
        Student mockLink = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "MOCK_CERTIFICATION"));

        Attempt mock = assessment.startAttempt.start(mockLink, TestMode.MOCK_CERTIFICATION, Set.of());
        assessment.reseed(mock.id(), 21);
        runToTheEnd(mockLink, mock.id(), new java.util.SplittableRandom(21));

        assertThat(assessment.attempts.attempts.get(mock.id()).inProgress()).as("the mock ran to its end").isFalse();
        assertThat(assessment.shown(mock.id())).hasSizeGreaterThanOrEqualTo(32)
                .allMatch(shown -> BankPool.of(shown.parameters().familyId()) == BankPool.PRACTICE);
        assertThat(assessment.shown(mock.id())).filteredOn(shown -> shown.parameters().competencyCode().equals("2.1"))
                .as("one practice item of 2.1, below the blueprint's 2, and no certification item instead")
                .hasSize(1);
    }

    @Test
    void diagnosticsAndPracticeDrawFromTheWholeBankAsBefore() {
        assessment.publishACertificationSizedBank();
        Attempt diagnostic = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        assessment.reseed(diagnostic.id(), 5);

        runToTheEnd(student, diagnostic.id(), new java.util.SplittableRandom(5));

        assertThat(assessment.bank.itemsFor(TestMode.DIAGNOSTIC)).isSameAs(assessment.bank.current().bank());
        assertThat(assessment.bank.itemsFor(TestMode.FORMATIVE)).isSameAs(assessment.bank.current().bank());
        assertThat(assessment.shown(diagnostic.id()))
                .anyMatch(shown -> BankPool.of(shown.parameters().familyId()) == BankPool.CERTIFICATION)
                .anyMatch(shown -> BankPool.of(shown.parameters().familyId()) == BankPool.PRACTICE);
    }

    @Test
    void aCertificationShowsOnlyCertificationPoolItems() {
        assessment.publishACertificationSizedBank();
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));

        Attempt attempt = assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of());
        runToTheEnd(candidate, attempt.id(), new java.util.SplittableRandom(3));

        assertThat(assessment.shown(attempt.id())).hasSizeGreaterThanOrEqualTo(32)
                .allMatch(shown -> BankPool.of(shown.parameters().familyId()) == BankPool.CERTIFICATION);
    }

    @Test
    void theCertificationMinimumCountsOnlyTheCertificationPool() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));
        // 252 + 60 items published, but only the 252 of the certification pool count: enough.
        assessment.publishACertificationSizedBank();
        assertThat(assessment.bank.current().pool(BankPool.CERTIFICATION).size()).isEqualTo(252);
        assertThat(assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of()).mode())
                .isEqualTo(TestMode.CERTIFICATION);

        // However many, practice items never make a certification bank.
        InMemoryAssessment practiceOnly = new InMemoryAssessment();
        practiceOnly.publishPracticeItems(120);
        assertThat(practiceOnly.bank.current().bank().size()).isEqualTo(3 * 140);
        assertThatThrownBy(() -> practiceOnly.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-BANK-TOO-SMALL"));
    }

    @Test
    void aCertifyingAttemptStartsFromTheCandidatesRecentProfile() {
        assessment.publishACertificationSizedBank();
        Instant now = assessment.clock.instant();
        List<LatestLevel> profile = new java.util.ArrayList<>();
        CompetencyResults results = new CompetencyResults() {
            @Override
            public List<LatestLevel> latestFor(UUID memberId, UUID contextId, Set<ResultMode> modes) {
                return List.of();
            }

            @Override
            public List<LatestLevel> profileOf(UUID memberId, UUID userId, Set<ResultMode> modes) {
                return memberId.equals(student.memberId()) && userId.equals(student.userId()) ? profile : List.of();
            }
        };
        StartAttempt start = new StartAttempt(assessment.attempts, assessment.bank, assessment.seats,
                assessment.practices, assessment.clock,
                (fr.plume.tool.assessment.api.CertifyingAdmissions) null, new CandidatePriors(results, assessment.clock));
        profile.add(level("1.1", 5, now.minus(java.time.Duration.ofDays(30))));
        profile.add(level("1.2", 5, now.minus(java.time.Duration.ofDays(30))));
        // Older than the rule's 12 months: does not count.
        profile.add(level("2.1", 1, now.minus(java.time.Duration.ofDays(400))));
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));

        Attempt attempt = start.start(candidate, TestMode.CERTIFICATION, Set.of());

        ProfilePrior expected = ProfilePrior.fromLevels(List.of(5, 5), AttemptState.scoring(attempt));
        assertThat(assessment.attempts.posteriors.get(attempt.id()))
                .isEqualTo(new AbilityPosterior(expected.logDensity(EstimationSettings.defaults()), 0));
        CurrentItem.ToAnswer first = (CurrentItem.ToAnswer) assessment.showNextItem.show(candidate, attempt.id());
        assertThat(first.shown().parameters().b()).as("the first item is chosen at the profile, not at -1")
                .isGreaterThan(0.0);
    }

    @Test
    void withoutARecentProfileNoPriorIsStored() {
        CompetencyResults none = (memberId, contextId, modes) -> List.of();
        StartAttempt start = new StartAttempt(assessment.attempts, assessment.bank, assessment.seats,
                assessment.practices, assessment.clock,
                (fr.plume.tool.assessment.api.CertifyingAdmissions) null, new CandidatePriors(new CompetencyResults() {
                    @Override
                    public List<LatestLevel> latestFor(UUID memberId, UUID contextId, Set<ResultMode> modes) {
                        return none.latestFor(memberId, contextId, modes);
                    }

                    @Override
                    public List<LatestLevel> profileOf(UUID memberId, UUID userId, Set<ResultMode> modes) {
                        return List.of();
                    }
                }, assessment.clock));

        Attempt mock = start.start(student, TestMode.MOCK_CERTIFICATION, Set.of());

        assertThat(assessment.attempts.posteriors).doesNotContainKey(mock.id());
    }

    private static LatestLevel level(String competency, int level, Instant at) {
        return new LatestLevel(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ResultMode.DIAGNOSTIC, competency, level, at);
    }

    private void runToTheEnd(Student who, UUID attemptId, java.util.SplittableRandom answers) {
        for (int guard = 0; guard < 60; guard++) {
            CurrentItem current = assessment.showNextItem.show(who, attemptId);
            if (current instanceof CurrentItem.Finished) {
                return;
            }
            CurrentItem.ToAnswer item = (CurrentItem.ToAnswer) current;
            RecordAnswer.Outcome outcome = assessment.recordAnswer.record(who, attemptId, item.shown().token(),
                    assessment.answer(item, answers.nextBoolean()));
            if (outcome instanceof RecordAnswer.Saved saved && saved.completed()) {
                return;
            }
        }
        throw new AssertionError("the attempt did not end");
    }
}
